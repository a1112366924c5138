# fish completion for fu(1).
#
# Every candidate comes from `fu __complete WORDS...` (commands, options, their values,
# and the contacts' names for WHO, from the vault the line names with --vault, else
# $FU_VAULT, else the one fu finds), already matched against what is typed, case and
# accents aside; fish quotes what it inserts.

function __fu_complete
    set -l words (commandline -opc)
    # The typed part of the current word, its quoting removed.
    set -l current (commandline -ct | string replace -r '^["\']' '' | string replace -ra '\\\\(.)' '$1')
    set -l lines (command $words[1] __complete $words "$current" 2>/dev/null)
    switch "$lines[1]"
        case :directory
            __fish_complete_directories "$current"
        case :file
            __fish_complete_path "$current"
        case '*'
            printf '%s\n' $lines
    end
end

complete -c fu -f -a '(__fu_complete)'
