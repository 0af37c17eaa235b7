# Fails when a source file includes a header of a layer it must not reach:
#   core/remote              nothing of core/local, core/sql or core/factory
#   core/local, core/sql     nothing of core/remote or core/factory
#   the rest of core         nothing of core/local, core/remote, core/sql or core/factory
#   ui/, app/                nothing of core/local, core/remote or core/sql (the Backend interface
#                            and createBackend() are their way in)
#   tests/support/logto      nothing of the product but its clock (util/): the test server must not
#                            parse, check or shape anything with the code it is there to test
# Run with: cmake -DSOURCE_DIR=<repository> -P CheckIncludes.cmake
set(rules
  "core/remote|local/|sql/|factory/"
  "core/local|remote/|factory/"
  "core/sql|local/|remote/|factory/"
  "core/backend|local/|remote/|sql/|factory/"
  "core/explain|local/|remote/|sql/|factory/"
  "core/io|local/|remote/|sql/|factory/"
  "core/journal|local/|remote/|sql/|factory/"
  "core/model|local/|remote/|sql/|factory/"
  "core/policy|local/|remote/|sql/|factory/"
  "core/security|local/|remote/|sql/|factory/"
  "core/util|local/|remote/|sql/|factory/"
  "core/viewmodel|local/|remote/|sql/|factory/"
  "ui|local/|remote/|sql/"
  "app|local/|remote/|sql/"
  "tests/support/logto|backend/|data/|explain/|factory/|io/|journal/|local/|model/|remote/|security/|sql/|viewmodel/")
set(violations "")
foreach(rule IN LISTS rules)
  string(REPLACE "|" ";" parts "${rule}")
  list(POP_FRONT parts dir)
  file(GLOB_RECURSE sources "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.h")
  foreach(source IN LISTS sources)
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS includes)
      foreach(forbidden IN LISTS parts)
        if(line MATCHES "\"${forbidden}")
          file(RELATIVE_PATH relative "${SOURCE_DIR}" "${source}")
          string(APPEND violations "\n  ${relative}: ${line}")
        endif()
      endforeach()
    endforeach()
  endforeach()
endforeach()
if(violations)
  message(FATAL_ERROR "includes across the layers:${violations}")
endif()
message(STATUS "no include crosses the layers")
