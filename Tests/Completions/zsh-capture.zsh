# Prints, one per line, what zsh's completion offers for a command line, by typing it and Tab into an interactive
# zsh in a pseudo-terminal with compadd wrapped to report each match.
#
#   zsh zsh-capture.zsh FOLDER-WITH-_dlquiz 'dlquiz quiz --order '
#
# Tab is bound to a widget that completes, then prints a marker; the output is read until the marker comes back (at
# most 20 seconds), so no fixed wait is needed and a slow machine cannot cut the list short.
zmodload zsh/zpty zsh/datetime
zpty capture zsh -f -i
zpty -w capture "PROMPT='' RPROMPT=''; bindkey -e"
# The dump file beside _dlquiz makes every capture after the first start in a fifth of a second.
zpty -w capture "fpath=(${(q)1} \$fpath); autoload -U compinit; compinit -u -d ${(q)1}/.zcompdump"
zpty -w capture "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false"
zpty -w capture 'compadd () {
  if (( ${@[(I)-[OAD]*]} )); then builtin compadd "$@"; return $?; fi
  typeset -a __hits
  builtin compadd -A __hits "$@"
  local hit; for hit in $__hits; do print -r -- "<""<$hit>"">"; done
  builtin compadd "$@"
}'
zpty -w capture 'complete-then-mark() { zle complete-word; print -r -- "CAPTURE""-DONE" }'
zpty -w capture 'zle -N complete-then-mark; bindkey "^I" complete-then-mark'
zpty -n -w capture "$2"$'\t'
local line output=""
float deadline=$(( EPOCHREALTIME + 20 ))
while (( EPOCHREALTIME < deadline )) && [[ $output != *CAPTURE-DONE* ]]; do
  if zpty -r -t capture line; then output+=$line; else sleep 0.02; fi
done
zpty -d capture
[[ $output == *CAPTURE-DONE* ]] || print -u2 "zsh-capture: no answer from zsh within 20 seconds"
print -r -- "$output" | grep -o '<<[^>]*>>' | sed 's/^<<//; s/>>$//' | sort -u
