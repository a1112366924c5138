# bash completion for fu(1).
#
# Every candidate comes from `fu __complete WORDS...` (commands, options, their values,
# and the contacts' names for WHO, from the vault the line names with --vault, else
# $FU_VAULT, else the one fu finds). This script removes the quoting of the words it
# passes and quotes what it inserts, so `fu log "o'n<Tab>` gives `"Sam O'Neil"` and
# `fu show zo<Tab>` gives `Zoë\ Martín`.

# REPLY: $1 with its shell quoting removed ("a b", 'a b' and a\ b all read a b).
_fu_dequote() {
  local word=$1 quote="" char i
  REPLY=""
  for ((i = 0; i < ${#word}; i++)); do
    char=${word:i:1}
    if [[ $quote == "'" ]]; then
      if [[ $char == "'" ]]; then quote=""; else REPLY+=$char; fi
    elif [[ $char == '\' ]]; then
      ((++i))
      if [[ $quote == '"' && ${word:i:1} != [\"\\\$\`] ]]; then REPLY+='\'; fi
      REPLY+=${word:i:1}
    elif [[ $quote == '"' ]]; then
      if [[ $char == '"' ]]; then quote=""; else REPLY+=$char; fi
    elif [[ $char == [\"\'] ]]; then
      quote=$char
    else
      REPLY+=$char
    fi
  done
  [[ $REPLY == "~/"* ]] && REPLY=$HOME${REPLY:1}
}

# REPLY: $1 as it must be typed after the quote $2 opened (' or "), or bare.
_fu_quote() {
  local word=$1 char i
  REPLY=""
  case $2 in
  "'") REPLY=${word//\'/\'\\\'\'} ;;
  '"')
    for ((i = 0; i < ${#word}; i++)); do
      char=${word:i:1}
      [[ $char == [\"\\\$\`] ]] && REPLY+='\'
      REPLY+=$char
    done
    ;;
  *)
    for ((i = 0; i < ${#word}; i++)); do
      char=${word:i:1}
      case $char in
      [[:space:]\'\"\\\$\`\!\&\;\|\<\>\(\)\[\]\*\?\{\}\~\#]) REPLY+="\\$char" ;;
      *) REPLY+=$char ;;
      esac
    done
    ;;
  esac
}

_fu() {
  local cur=${COMP_WORDS[COMP_CWORD]} quote="" line i word
  local -a words=() lines=()
  # bash splits `--vault=DIR` at the `=`: join the pieces back.
  for ((i = 0; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if [[ $word == "=" && ${#words[@]} -gt 0 && ${words[-1]} == --* ]]; then
      ((i + 1 < COMP_CWORD)) || break # `--vault=<Tab>`: the value is what is typed
      _fu_dequote "${COMP_WORDS[++i]}"
      words[-1]+="=$REPLY"
      continue
    fi
    _fu_dequote "$word"
    words+=("$REPLY")
  done
  [[ $cur == "=" ]] && cur=""
  [[ $cur == [\"\']* ]] && quote=${cur:0:1}
  _fu_dequote "$cur"
  mapfile -t lines < <(command "${words[0]}" __complete "${words[@]}" "$REPLY" 2>/dev/null)
  COMPREPLY=()
  case ${lines[0]-} in
  :directory | :file)
    compopt -o filenames 2>/dev/null
    local kind=-d
    [[ ${lines[0]} == :file ]] && kind=-f
    mapfile -t COMPREPLY < <(compgen "$kind" -- "$REPLY")
    return
    ;;
  esac
  for line in "${lines[@]}"; do
    [[ -n $line ]] || continue
    _fu_quote "$line" "$quote"
    COMPREPLY+=("$REPLY")
  done
}

complete -F _fu fu
