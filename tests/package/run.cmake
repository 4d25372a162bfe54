# Installs the build into a fresh prefix, then configures, builds and runs a separate project
# that finds SlackLog with find_package(), as a user's project would.
foreach(var BUILD_DIR CONSUMER_DIR WORK_DIR GENERATOR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "Failed (${result}): ${ARGN}\n${output}")
    endif()
endfunction()

run("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}")
run("${CMAKE_COMMAND}" -S "${CONSUMER_DIR}" -B "${WORK_DIR}/build" -G "${GENERATOR}"
    "-DCMAKE_PREFIX_PATH=${prefix}" "-DCMAKE_CXX_COMPILER=${COMPILER}")
run("${CMAKE_COMMAND}" --build "${WORK_DIR}/build")
# The installed library, not the build tree's, must be the one that runs.
set(ENV{LD_LIBRARY_PATH} "${prefix}/lib:${prefix}/lib64")
run("${WORK_DIR}/build/consumer")
message(STATUS "find_package(SlackLog) consumer built and ran against ${prefix}")
