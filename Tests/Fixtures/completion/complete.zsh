# Completes command lines in a real interactive bash or zsh, as Tab does, and prints
# each line as it stands afterwards, one a line:
#   zsh -f complete.zsh bash|zsh COMPLETIONS_DIR 'fu log ada' ...
# The shell runs in a pseudo-terminal (zsh's zpty) with the completion script of
# COMPLETIONS_DIR loaded (zsh: compinit, fpath). After each line's Tab, a key bound to
# ^T appends the line being edited to a file and clears it.
zmodload zsh/zpty || exit 2
shell=$1 completions=$2
shift 2
out=$(mktemp) rc=$(mktemp)
trap 'zpty -d fu_test 2>/dev/null; rm -f $out $rc' EXIT
if [[ $shell == bash ]]; then
  cat >$rc <<RC
PS1='> '
source ${(q)completions}/fu.bash
bind -x '"\C-t": printf "%s\n" "\$READLINE_LINE" >>${(q)out}; READLINE_LINE=""'
RC
  zpty -b fu_test bash --norc --noprofile -i || exit 2
else
  cat >$rc <<RC
PS1='> ' PROMPT_EOL_MARK=''
fpath=(${(q)completions} \$fpath)
autoload -Uz compinit && compinit -u -D
_fu_test_dump() { print -r -- "\$BUFFER" >>${(q)out}; BUFFER=''; }
zle -N _fu_test_dump
bindkey '^T' _fu_test_dump
RC
  zpty -b fu_test zsh -f -i || exit 2
fi
zpty -w fu_test "source ${(q)rc}"
for line in "$@"; do zpty -w -n fu_test "$line"$'\t\x14'; done
# Wait (10 s at most) for every line's buffer.
for i in {1..100}; do
  (( $(wc -l <$out) >= $# )) && break
  sleep 0.1
done
cat $out
