#pragma once

#include "common/Format.h"
#include "common/Style.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QList>
#include <functional>

namespace gatehouse::ui {

/// A flat table over a list of value objects (applications, roles, secrets...), each with an id.
/// Columns are declared by the owner; Qt::UserRole gives the raw value each column sorts by
/// (SortRole), Qt::DisplayRole the text.
///
/// Thread rule: UI thread only. The model never talks to a backend: its owner loads the list and
/// calls setItems()/upsert()/removeId().
template <typename T>
class ListModel : public QAbstractTableModel
{
public:
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    /// How a text column shows its text besides displaying and sorting by it.
    enum TextFlag { Plain = 0x0, TextToolTip = 0x1, Monospace = 0x2 };

    struct Column
    {
        QString title;
        std::function<QVariant(const T &item, int role)> data;

        /// Shows and sorts by `value` (a function or a pointer to a QString member); with
        /// TextToolTip also as the tooltip, else `toolTip` if given; Monospace for ids and names
        /// of permissions.
        static Column text(QString title, std::function<QString(const T &)> value, int flags = Plain,
                           std::function<QString(const T &)> toolTip = {})
        {
            return {std::move(title),
                    [value = std::move(value), flags, toolTip = std::move(toolTip)](const T &item,
                                                                                    int role) -> QVariant {
                        if (role == Qt::DisplayRole || role == Qt::UserRole ||
                            (role == Qt::ToolTipRole && (flags & TextToolTip)))
                            return value(item);
                        if (role == Qt::ToolTipRole && toolTip)
                            return toolTip(item);
                        if (role == Qt::FontRole && (flags & Monospace))
                            return style::monospace();
                        return {};
                    }};
        }

        /// A time (Unix ms) shown as the local date and time (`dateOnly`: the date), with the UTC
        /// time in the tooltip; sorts by the time.
        static Column time(QString title, std::function<qint64(const T &)> ms, bool dateOnly = false)
        {
            return {std::move(title), [ms = std::move(ms), dateOnly](const T &item, int role) -> QVariant {
                        const qint64 value = ms(item);
                        if (role == Qt::DisplayRole)
                            return dateOnly ? Format::date(value) : Format::dateTime(value);
                        if (role == Qt::ToolTipRole)
                            return Format::utc(value);
                        return role == Qt::UserRole ? QVariant(value) : QVariant();
                    }};
        }

        /// A date (Unix ms) shown as a local date, with the local and UTC time in the tooltip;
        /// sorts by the time.
        static Column date(QString title, std::function<qint64(const T &)> ms)
        {
            return {std::move(title), [ms = std::move(ms)](const T &item, int role) -> QVariant {
                        const qint64 value = ms(item);
                        if (role == Qt::DisplayRole)
                            return Format::date(value);
                        if (role == Qt::ToolTipRole)
                            return QString(Format::dateTime(value) + QLatin1Char('\n') + Format::utc(value));
                        return role == Qt::UserRole ? QVariant(value) : QVariant();
                    }};
        }
    };

    /// Items are told apart by `idOf`.
    ListModel(std::function<QString(const T &)> idOf, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_idOf(std::move(idOf))
    {}
    /// Items are told apart by their `id`.
    explicit ListModel(QObject *parent = nullptr)
        : ListModel([](const T &item) { return item.id; }, parent)
    {}

    void setColumns(QList<Column> columns)
    {
        beginResetModel();
        m_columns = std::move(columns);
        endResetModel();
    }

    void setItems(QList<T> items)
    {
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
    }

    const QList<T> &items() const { return m_items; }
    const T &at(int row) const { return m_items.at(row); }
    int count() const { return int(m_items.size()); }

    int rowOfId(const QString &id) const
    {
        for (int row = 0; row < m_items.size(); ++row) {
            if (m_idOf(m_items[row]) == id)
                return row;
        }
        return -1;
    }

    /// Replaces the item with the same id, or appends it. Returns its row.
    int upsert(const T &item)
    {
        const int row = rowOfId(m_idOf(item));
        if (row >= 0) {
            m_items[row] = item;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            return row;
        }
        const int newRow = count();
        beginInsertRows({}, newRow, newRow);
        m_items.append(item);
        endInsertRows();
        return newRow;
    }

    void removeId(const QString &id)
    {
        const int row = rowOfId(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : count(); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T &item = m_items[index.row()];
        if (role == IdRole)
            return m_idOf(item);
        return m_columns[index.column()].data(item, role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < m_columns.size())
            return m_columns[section].title;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    std::function<QString(const T &)> m_idOf;
    QList<Column> m_columns;
    QList<T> m_items;
};

} // namespace gatehouse::ui
