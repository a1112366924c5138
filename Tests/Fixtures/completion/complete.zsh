# Completes command lines in a real interactive zsh, as Tab does, and prints each line as
# it stands afterwards (one a line): zsh -f complete.zsh COMPLETIONS_DIR 'fu log ada' ...
# The zsh runs in a pseudo-terminal (zpty) with compinit and the _fu in COMPLETIONS_DIR;
# after each line's Tab, a widget bound to ^T appends $BUFFER to a file and clears it.
zmodload zsh/zpty || exit 2
completions=$1; shift
out=$(mktemp) rc=$(mktemp)
trap 'zpty -d fu_test 2>/dev/null; rm -f $out $rc' EXIT
cat >$rc <<RC
PS1='> ' PROMPT_EOL_MARK=''
fpath=(${(q)completions} \$fpath)
autoload -Uz compinit && compinit -u -D
_fu_test_dump() { print -r -- "\$BUFFER" >>${(q)out}; BUFFER=''; }
zle -N _fu_test_dump
bindkey '^T' _fu_test_dump
RC
zpty -b fu_test zsh -f -i || exit 2
zpty -w fu_test "source ${(q)rc}"
for line in "$@"; do zpty -w -n fu_test "$line"$'\t\x14'; done
# Wait (10 s at most) for every line's buffer.
for i in {1..100}; do
  (( $(wc -l <$out) >= $# )) && break
  sleep 0.1
done
cat $out
