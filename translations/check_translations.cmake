# Fails when lupdate would find a string that is not translated, or a
# translation whose source string is gone: run as a CTest test.
# Inputs: LUPDATE (the tool), SOURCE_DIR (the project), TS_FILES (;-list),
# PLURALS_TS_FILE (English: only the strings counted with %n), WORK_DIR.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(problems 0)

# Runs lupdate on copies of `files` (with `extra` options) and counts what is
# left untranslated or has lost its source.
function(check_ts_files files extra)
    set(copies)
    foreach(ts IN LISTS files)
        get_filename_component(name "${ts}" NAME)
        configure_file("${ts}" "${WORK_DIR}/${name}" COPYONLY)
        list(APPEND copies "${WORK_DIR}/${name}")
    endforeach()
    execute_process(
        COMMAND "${LUPDATE}" -silent -locations none -extensions cpp,h ${extra}
                "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts ${copies}
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${result})")
    endif()
    foreach(copy IN LISTS copies)
        file(STRINGS "${copy}" lines)
        set(source "")
        foreach(line IN LISTS lines)
            if(line MATCHES "<source>(.*)</source>")
                set(source "${CMAKE_MATCH_1}")
            elseif(line MATCHES "type=\"(unfinished|vanished|obsolete)\"")
                message(SEND_ERROR "${copy}: ${CMAKE_MATCH_1}: ${source}")
                math(EXPR problems "${problems} + 1")
            endif()
        endforeach()
    endforeach()
    set(problems ${problems} PARENT_SCOPE)
endfunction()

check_ts_files("${TS_FILES}" "")
check_ts_files("${PLURALS_TS_FILE}" "-pluralonly")
if(problems GREATER 0)
    message(FATAL_ERROR "${problems} strings are not translated; run the update_translations target and translate them")
endif()
message(STATUS "every string is translated")
