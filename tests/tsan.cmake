# The thread tests again, with the library and the stand-in compiled from source under
# ThreadSanitizer. Qt itself is not instrumented: ignore_noninstrumented_modules keeps what Qt
# does inside its own code out of the reports, so what remains is ours. Our hand-overs between
# threads therefore use mutexes ThreadSanitizer can see (QMutex is annotated; waits use
# std::condition_variable), never data carried in Qt's posted events.
include(CheckCXXSourceCompiles)
set(CMAKE_REQUIRED_FLAGS "-fsanitize=thread")
set(CMAKE_REQUIRED_LINK_OPTIONS "-fsanitize=thread")
check_cxx_source_compiles("int main() { return 0; }" SLACKLOG_HAVE_TSAN)
unset(CMAKE_REQUIRED_FLAGS)
unset(CMAKE_REQUIRED_LINK_OPTIONS)
if(NOT SLACKLOG_HAVE_TSAN)
    message(STATUS "ThreadSanitizer is not available: the thread tests run once, uninstrumented")
    return()
endif()

get_property(sources GLOBAL PROPERTY SLACKLOG_SOURCES)
get_property(source_dir GLOBAL PROPERTY SLACKLOG_SOURCE_DIR)
list(TRANSFORM sources PREPEND "${source_dir}/")

foreach(test tst_threads tst_messagehandler)
    set(target ${test}_tsan)
    add_executable(${target}
        ${test}.cpp
        ${sources}
        ${PROJECT_SOURCE_DIR}/lib/testing/receivedrequest.cpp
        ${PROJECT_SOURCE_DIR}/lib/testing/slackstandin.cpp
        ${PROJECT_SOURCE_DIR}/lib/testing/standinserver_p.cpp
        ${PROJECT_SOURCE_DIR}/lib/testing/standinserver_p.h)
    target_include_directories(${target} PRIVATE
        "${PROJECT_SOURCE_DIR}/lib"
        "${PROJECT_SOURCE_DIR}/lib/testing"
        "${PROJECT_BINARY_DIR}/include"
        "${PROJECT_BINARY_DIR}/include/SlackLog"
        "${CMAKE_CURRENT_SOURCE_DIR}")
    # Everything is linked into the executable: nothing is imported or exported.
    target_compile_definitions(${target} PRIVATE SLACKLOG_STATIC_DEFINE SLACKLOG_TESTING_STATIC_DEFINE)
    target_link_libraries(${target} PRIVATE Qt6::Test Qt6::Network Qt6::Core)
    target_compile_options(${target} PRIVATE -fsanitize=thread -g -O1)
    target_link_options(${target} PRIVATE -fsanitize=thread)
    slacklog_set_compile_options(${target})
    add_test(NAME ${target} COMMAND ${target})
    set_tests_properties(${target} PROPERTIES
        TIMEOUT 300
        ENVIRONMENT "TSAN_OPTIONS=halt_on_error=1 second_deadlock_stack=1 ignore_noninstrumented_modules=1 suppressions=${CMAKE_CURRENT_SOURCE_DIR}/tsan.supp;QT_LOGGING_RULES=;SLACKLOG_SPOOL_DIR=;http_proxy=;https_proxy=;HTTP_PROXY=;HTTPS_PROXY=")
endforeach()
