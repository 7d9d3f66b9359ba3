# Prints, one per line, what zsh's completion offers for a command line, by typing it and Tab into an interactive
# zsh in a pseudo-terminal with compadd wrapped to report each match.
#
#   zsh zsh-capture.zsh FOLDER-WITH-_dlquiz 'dlquiz quiz --order '
zmodload zsh/zpty
zpty capture zsh -f -i
zpty -w capture "PROMPT='' RPROMPT=''"
zpty -w capture "fpath=(${(q)1} \$fpath); autoload -U compinit; compinit -u -D"
zpty -w capture "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false"
zpty -w capture 'compadd () {
  if (( ${@[(I)-[OAD]*]} )); then builtin compadd "$@"; return $?; fi
  typeset -a __hits
  builtin compadd -A __hits "$@"
  local hit; for hit in $__hits; do print -r -- "<""<$hit>"">"; done
  builtin compadd "$@"
}'
zpty -w capture "$2"$'\t'
local line output=""
integer tries
for (( tries = 0; tries < 30; tries++ )); do
  while zpty -r -t capture line; do output+=$line; done
  sleep 0.1
done
zpty -d capture
print -r -- "$output" | grep -o '<<[^>]*>>' | sed 's/^<<//; s/>>$//' | sort -u
