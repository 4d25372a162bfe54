# Settings shared by every target written by us (library, stand-in, tool, tests).
function(slacklog_set_compile_options target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
        if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            # Qt's own qCWarning(category) << … form expands to a variadic macro call with no
            # variadic arguments, which clang's -Wpedantic flags in every caller.
            target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
        endif()
        if(SLACKLOG_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${SLACKLOG_WERROR}>:/WX>)
    endif()
endfunction()

# Public headers live next to their sources as foo.h. Users include <SlackLog/Foo>: this copies
# each header into <build>/include/SlackLog and writes the CamelCase forwarding header beside it,
# so the build tree has the same layout as the install tree.
function(slacklog_public_headers target)
    set(include_dir "${PROJECT_BINARY_DIR}/include/SlackLog")
    set(installed)
    foreach(entry IN LISTS ARGN)
        string(REPLACE "=" ";" pair "${entry}")
        list(GET pair 0 header)
        list(GET pair 1 class_name)
        get_filename_component(file_name "${header}" NAME)
        configure_file("${header}" "${include_dir}/${file_name}" COPYONLY)
        file(CONFIGURE OUTPUT "${include_dir}/${class_name}"
            CONTENT "#include \"${file_name}\"\n")
        list(APPEND installed "${include_dir}/${file_name}" "${include_dir}/${class_name}")
    endforeach()
    target_include_directories(${target} PUBLIC
        "$<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/include>"
        "$<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>")
    install(FILES ${installed} DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/SlackLog")
endfunction()
