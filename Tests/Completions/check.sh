#!/bin/bash
# Checks dlquiz's completion scripts in the real shells, and its manual page in groff and man. `.ci/run` runs it
# after the build (installing the tools where it can); by hand, from the repository's root:
#
#   apt-get install zsh fish bash-completion groff man-db   # once; a missing tool skips its checks, saying so
#   swift build && Tests/Completions/check.sh [path/to/dlquiz]
#
# Each check prints `ok`, `FAIL` with what was offered, `known` (a problem not fixed yet, printed with its reason; it
# turns into a FAIL once fixed, so the marker is removed) or `skip` with the missing tool. The exit status is the
# number of failures. Every shell runs with a throwaway HOME, so nothing of the user's is read or written.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "${here}/../.." && pwd)"
binary="${1:-$(cd "${root}" && swift build --show-bin-path)/dlquiz}"
[[ -x "${binary}" ]] || { echo "No dlquiz at ${binary}: run swift build first." >&2; exit 2; }
bin_dir="$(mktemp -d)"
trap 'rm -rf "${bin_dir}"' EXIT
ln -s "${binary}" "${bin_dir}/dlquiz"
mkdir -p "${bin_dir}/home" "${bin_dir}/a dir" "${bin_dir}/decks"
touch "${bin_dir}/decks/deck-a.md" "${bin_dir}/decks/deck-b.markdown" "${bin_dir}/decks/deck-c.json" "${bin_dir}/decks/notes.txt"
export PATH="${bin_dir}:${PATH}" HOME="${bin_dir}/home" LANG=C.UTF-8 NO_COLOR=1
unset LC_ALL LC_MESSAGES XDG_DATA_HOME XDG_CONFIG_HOME XDG_STATE_HOME BASH_COMPLETION_USER_DIR
fixture="${root}/Tests/QuizCLITests/Fixtures/sheet-deck.json"
# The fixture's ids are dropout and learning-rate, its topics optimization and training; the bundled deck has neither
# of its ids. It is also reached as ~/deck.json, as a path with a space, and as the library deck sheet-fixture.
cp "${fixture}" "${HOME}/deck.json"
cp "${fixture}" "${bin_dir}/a dir/deck.json"
spaced="${bin_dir}/a dir/deck.json"
# And through paths holding ':' and '=', which bash's COMP_WORDBREAKS splits.
colons="${bin_dir}/decks/a:b.json" equals="${bin_dir}/decks/x=y.json"
cp "${fixture}" "${colons}"
cp "${fixture}" "${equals}"
dlquiz decks add "${fixture}" >/dev/null || { echo "FAIL dlquiz decks add ${fixture}"; exit 1; }
failures=0
known_problems=0
skipped=0

# expect NAME EXPECTED-WORDS ACTUAL-WORDS: every expected word must be offered.
expect() {
    local name="$1" expected="$2" actual=" $(echo $3) " word
    for word in ${expected}; do
        if [[ "${actual}" != *" ${word} "* ]]; then
            echo "FAIL ${name}: expected '${word}' among:${actual}"
            failures=$((failures + 1))
            return
        fi
    done
    echo "ok   ${name}"
}

# refuse NAME WORD ACTUAL-WORDS: the word must not be offered.
refuse() {
    if [[ " $(echo $3) " == *" $2 "* ]]; then
        echo "FAIL $1: '$2' should not be offered:$(echo $3)"
        failures=$((failures + 1))
    else
        echo "ok   $1"
    fi
}

# known NAME REASON EXPECTED-WORDS ACTUAL-WORDS: a check that fails today for a known reason. It is reported, not
# counted; once every expected word is offered it fails, so that the fix removes the marker.
known() {
    local name="$1" reason="$2" actual=" $(echo $4) " word
    for word in $3; do
        if [[ "${actual}" != *" ${word} "* ]]; then
            echo "known ${name}: ${reason}"
            known_problems=$((known_problems + 1))
            return
        fi
    done
    echo "FAIL ${name}: works now; make this check an 'expect' (it was a known problem: ${reason})"
    failures=$((failures + 1))
}

skip() {
    echo "skip $1"
    skipped=$((skipped + 1))
}

# MARK: bash
dlquiz completions bash > "${bin_dir}/dlquiz.bash"
if [[ -r /usr/share/bash-completion/bash_completion ]]; then
    bash_completion=/usr/share/bash-completion/bash_completion
else
    bash_completion=/dev/null
    skip "bash-completion: not installed (apt-get install bash-completion); the script is checked in plain bash"
fi
# bash_complete WORD…: what _dlquiz offers when the words are COMP_WORDS, the cursor in the last (as bash splits
# them: with '=' in COMP_WORDBREAKS, --deck=FILE arrives as '--deck' '=' 'FILE').
bash_complete() {
    bash --norc -c '
        source "$1"; source "$2"; shift 2
        [[ "$(complete -p dlquiz)" == "complete -F _dlquiz dlquiz" ]] || { echo "not registered"; exit 1; }
        COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _dlquiz dlquiz "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}"' bash "${bash_completion}" "${bin_dir}/dlquiz.bash" "$@"
}
# bash_complete_line LINE [BREAKS]: what _dlquiz offers with the cursor at the end of LINE, its words split as bash
# splits them: at unquoted blanks, and around each unquoted character of COMP_WORDBREAKS (BREAKS, ':' and '=' unless
# given), which becomes a word of its own; the word readline replaces ($2) is the text after the last such break, or
# after an open quote.
bash_complete_line() {
    bash --norc -c '
        source "$1"; source "$2"; line="$3"; COMP_WORDBREAKS="${4-:=}"
        words=() word="" text="" quote="" started=0 single=$'"'"'\x27'"'"'
        for (( i = 0; i < ${#line}; i++ )); do
            c="${line:i:1}"
            if [[ -n "${quote}" ]]; then
                word+="${c}"; [[ "${c}" == "${quote}" ]] && quote="" || text+="${c}"
            elif [[ "${c}" == "\"" || "${c}" == "${single}" ]]; then
                quote="${c}"; word+="${c}"; text=""; started=1
            elif [[ "${c}" == \\ ]]; then
                word+="${c}${line:i+1:1}"; text+="${c}${line:i+1:1}"; i=$(( i + 1 )); started=1
            elif [[ "${c}" == [[:blank:]] ]]; then
                (( started )) && words+=("${word}"); word="" text="" started=0
            elif [[ "${COMP_WORDBREAKS}" == *"${c}"* ]]; then
                (( started )) && words+=("${word}"); words+=("${c}"); word="" text="" started=0
            else
                word+="${c}"; text+="${c}"; started=1
            fi
        done
        if (( started )); then words+=("${word}"); elif [[ "${line}" == *[[:blank:]] ]]; then words+=(""); fi
        COMP_WORDS=("${words[@]}"); COMP_CWORD=$(( ${#words[@]} - 1 )); COMP_LINE="${line}"; COMP_POINT=${#line}
        _dlquiz dlquiz "${text}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}"' bash "${bash_completion}" "${bin_dir}/dlquiz.bash" "$@"
}
expect "bash: complete -p" "complete -F _dlquiz dlquiz" "$(bash --norc -c "source ${bin_dir}/dlquiz.bash; complete -p dlquiz")"
if [[ "${bash_completion}" != /dev/null ]]; then
    # Where the README installs it: bash-completion loads it on first use.
    mkdir -p "${HOME}/.local/share/bash-completion/completions"
    cp "${bin_dir}/dlquiz.bash" "${HOME}/.local/share/bash-completion/completions/dlquiz"
    expect "bash: loaded from ~/.local/share/bash-completion/completions" "complete -F _dlquiz dlquiz" \
        "$(bash --norc -c "source ${bash_completion}; __load_completion dlquiz; complete -p dlquiz" 2>&1)"
fi
expect "bash: commands" "quiz" "$(bash_complete dlquiz qu)"
refuse "bash: commands by prefix" "pick" "$(bash_complete dlquiz qu)"
expect "bash: options" "--order --count -n --topic --no-save" "$(bash_complete dlquiz quiz -)"
expect "bash: --order values" "random sequential due weakest" "$(bash_complete dlquiz quiz --order '')"
expect "bash: --order=value" "weakest" "$(bash_complete dlquiz quiz --order = w)"
expect "bash: --lang values" "en ja" "$(bash_complete dlquiz pick --lang '')"
expect "bash: sheet --format" "text markdown html" "$(bash_complete dlquiz sheet --format '')"
expect "bash: topics" "training theory data" "$(bash_complete dlquiz quiz --topic '')"
expect "bash: ids of show" "backpropagation batch-normalization" "$(bash_complete dlquiz show '')"
expect "bash: ids of --deck" "dropout learning-rate" "$(bash_complete dlquiz show --deck "${fixture}" '')"
refuse "bash: not the bundled ids with --deck" "backpropagation" "$(bash_complete dlquiz show --deck "${fixture}" '')"
expect "bash: ids of --deck = FILE" "dropout learning-rate" "$(bash_complete dlquiz show --deck = "${fixture}" '')"
expect "bash: ids of --deck=FILE" "dropout learning-rate" "$(bash_complete dlquiz show "--deck=${fixture}" '')"
expect "bash: ids of --deck ~/FILE" "dropout learning-rate" "$(bash_complete dlquiz show --deck '~/deck.json' '')"
expect "bash: ids of a library deck" "dropout learning-rate" "$(bash_complete dlquiz show --deck sheet-fixture '')"
expect "bash: topics of --deck" "optimization training" "$(bash_complete dlquiz quiz --deck "${fixture}" --topic '')"
refuse "bash: not the bundled topics with --deck" "theory" "$(bash_complete dlquiz quiz --deck "${fixture}" --topic '')"
expect "bash: ids of a quoted --deck path with a space" \
    "dropout learning-rate" "$(bash_complete dlquiz show --deck "'${spaced}'" '')"
expect "bash: ids of a double-quoted --deck path with a space" \
    "dropout learning-rate" "$(bash_complete dlquiz show --deck "\"${spaced}\"" '')"
expect "bash: ids of an escaped --deck path with a space" \
    "dropout learning-rate" "$(bash_complete dlquiz show --deck "${spaced// /\\ }" '')"
refuse "bash: a half-typed \$(…) in --deck runs nothing" "dropout" \
    "$(bash_complete dlquiz show --deck '$(touch ran)' ''; [[ -e ran ]] && echo dropout)"
# Paths with ':' and '=', which bash splits into words of their own (both readline's word and COMP_WORDS).
expect "bash: split line as bash splits it" "dropout learning-rate" \
    "$(bash_complete_line "dlquiz show --deck ${fixture} ")"
expect "bash: ids of a --deck path with ':'" "dropout learning-rate" \
    "$(bash_complete_line "dlquiz show --deck ${colons} ")"
expect "bash: ids of a --deck path with '='" "dropout learning-rate" \
    "$(bash_complete_line "dlquiz show --deck ${equals} ")"
expect "bash: ids of --deck=PATH with ':' and '='" "dropout learning-rate" \
    "$(bash_complete_line "dlquiz show --deck=${colons} ")"
expect "bash: topics of a --deck path with '='" "optimization training" \
    "$(bash_complete_line "dlquiz quiz --deck ${equals} --topic ")"
expect "bash: topics of a --deck path with ':'" "optimization training" \
    "$(bash_complete_line "dlquiz quiz --deck ${colons} --topic ")"
expect "bash: topics of a quoted relative --deck path with '='" "optimization training" \
    "$(cd "${bin_dir}/decks" && bash_complete_line "dlquiz quiz --deck 'x=y.json' --topic ")"
expect "bash: topics of a relative --deck path with '='" "optimization training" \
    "$(cd "${bin_dir}/decks" && bash_complete_line "dlquiz quiz --deck x=y.json --topic ")"
# Completing such a path replaces only the text after the last ':' or '=', so only that part is offered.
expect "bash: a path after ':' completes its last part" "b.json" \
    "$(cd "${bin_dir}/decks" && bash_complete_line "dlquiz quiz --deck a:b")"
refuse "bash: a path after ':' does not repeat its first part" "a:b.json" \
    "$(cd "${bin_dir}/decks" && bash_complete_line "dlquiz quiz --deck a:b")"
expect "bash: a path ending in '=' completes what follows" "y.json" \
    "$(cd "${bin_dir}/decks" && bash_complete_line "dlquiz quiz --deck x=")"
expect "bash: --deck=PATH with ':' completes its last part" "b.json" \
    "$(cd "${bin_dir}/decks" && bash_complete_line "dlquiz quiz --deck=a:")"
expect "bash: --order=value, split as bash splits it" "weakest" "$(bash_complete_line "dlquiz quiz --order=w")"
expect "bash: --order=value without '=' in COMP_WORDBREAKS" "--order=weakest" \
    "$(bash_complete_line "dlquiz quiz --order=w" ":")"
expect "bash: --deck=PATH without ':' or '=' in COMP_WORDBREAKS" "--deck=a:b.json" \
    "$(cd "${bin_dir}/decks" && bash_complete_line "dlquiz quiz --deck=a:" " ")"
expect "bash: a path before ':' completes whole" "a:b.json" \
    "$(cd "${bin_dir}/decks" && bash_complete_line "dlquiz quiz --deck a")"
expect "bash: --deck offers deck files" "deck-a.md deck-b.markdown deck-c.json" \
    "$(cd "${bin_dir}/decks" && bash_complete dlquiz quiz --deck '')"
refuse "bash: --deck offers no other file" "notes.txt" "$(cd "${bin_dir}/decks" && bash_complete dlquiz quiz --deck '')"
expect "bash: --deck offers library decks" "sheet-fixture" "$(bash_complete dlquiz quiz --deck '')"
refuse "bash: no option after --" "--count" "$(bash_complete dlquiz quiz -- -)"
refuse "bash: no option after -- (empty word)" "--count" "$(bash_complete dlquiz quiz -- '')"
refuse "bash: one id only" "batch-normalization" "$(bash_complete dlquiz show backpropagation '')"
expect "bash: subcommand" "reset" "$(bash_complete dlquiz progress '')"
expect "bash: subcommand options" "--yes -y --progress" "$(bash_complete dlquiz progress reset -)"
expect "bash: help" "quiz export progress" "$(bash_complete dlquiz help '')"
expect "bash: shells" "bash zsh fish" "$(bash_complete dlquiz completions '')"
expect "bash: after a value" "--topic" "$(bash_complete dlquiz quiz -n 3 --to)"

# MARK: zsh
if command -v zsh >/dev/null; then
    mkdir -p "${bin_dir}/zsh"
    dlquiz completions zsh > "${bin_dir}/zsh/_dlquiz"
    zsh_complete() { zsh "${here}/zsh-capture.zsh" "${bin_dir}/zsh" "$1"; }
    expect "zsh: compinit registers _dlquiz" "_dlquiz" \
        "$(zsh -c "fpath=(${bin_dir}/zsh \$fpath); autoload -U compinit; compinit -u -D; print \${_comps[dlquiz]}")"
    expect "zsh: commands" "quiz" "$(zsh_complete 'dlquiz qu')"
    expect "zsh: options" "--order --count -n --topic --no-save" "$(zsh_complete 'dlquiz quiz -')"
    expect "zsh: --order values" "random sequential due weakest" "$(zsh_complete 'dlquiz quiz --order ')"
    expect "zsh: topics" "training theory data" "$(zsh_complete 'dlquiz quiz --topic ')"
    expect "zsh: ids of show" "backpropagation batch-normalization" "$(zsh_complete 'dlquiz show ')"
    expect "zsh: ids of --deck" "dropout learning-rate" "$(zsh_complete "dlquiz show --deck ${fixture} ")"
    refuse "zsh: not the bundled ids with --deck" "backpropagation" "$(zsh_complete "dlquiz show --deck ${fixture} ")"
    expect "zsh: ids of --deck=FILE" "dropout learning-rate" "$(zsh_complete "dlquiz show --deck=${fixture} ")"
    expect "zsh: ids of a library deck" "dropout learning-rate" "$(zsh_complete 'dlquiz show --deck sheet-fixture ')"
    expect "zsh: topics of --deck" "optimization training" "$(zsh_complete "dlquiz quiz --deck ${fixture} --topic ")"
    expect "zsh: ids of --deck ~/FILE" \
        "dropout learning-rate" "$(zsh_complete 'dlquiz show --deck ~/deck.json ')"
    expect "zsh: ids of a --deck path with an escaped space" \
        "dropout learning-rate" "$(zsh_complete "dlquiz show --deck ${spaced// /\\ } ")"
    expect "zsh: ids of a quoted --deck path with a space" \
        "dropout learning-rate" "$(zsh_complete "dlquiz show --deck '${spaced}' ")"
    expect "zsh: ids of a --deck path with ':'" "dropout learning-rate" "$(zsh_complete "dlquiz show --deck ${colons} ")"
    expect "zsh: ids of --deck=PATH with ':' and '='" "dropout learning-rate" \
        "$(zsh_complete "dlquiz show --deck=${colons} ")"
    expect "zsh: topics of a --deck path with '='" "optimization training" \
        "$(zsh_complete "dlquiz quiz --deck ${equals} --topic ")"
    expect "zsh: a path with ':' completes whole" "a:b.json" \
        "$(cd "${bin_dir}/decks" && zsh_complete "dlquiz quiz --deck a:")"
    expect "zsh: --deck offers deck files" "deck-a.md deck-b.markdown deck-c.json" \
        "$(cd "${bin_dir}/decks" && zsh_complete 'dlquiz quiz --deck ')"
    refuse "zsh: --deck offers no other file" "notes.txt" "$(cd "${bin_dir}/decks" && zsh_complete 'dlquiz quiz --deck ')"
    expect "zsh: --deck offers library decks" "sheet-fixture" "$(zsh_complete 'dlquiz quiz --deck ')"
    refuse "zsh: no option after --" "--count" "$(zsh_complete 'dlquiz quiz -- -')"
    refuse "zsh: one id only" "batch-normalization" "$(zsh_complete 'dlquiz show backpropagation ')"
    expect "zsh: subcommand" "reset" "$(zsh_complete 'dlquiz progress ')"
    expect "zsh: subcommand options" "--yes --progress" "$(zsh_complete 'dlquiz progress reset --')"
    expect "zsh: help" "quiz export" "$(zsh_complete 'dlquiz help ')"
else
    skip "zsh: not installed (apt-get install zsh)"
fi

# MARK: fish
if command -v fish >/dev/null; then
    dlquiz completions fish > "${bin_dir}/dlquiz.fish"
    fish_complete() { fish --no-config -c "source ${bin_dir}/dlquiz.fish; complete -C \"\$argv[1]\"" "$1" | cut -f1; }
    # Where the README installs it: fish loads it on first use (a plain fish, since --no-config skips that folder).
    mkdir -p "${HOME}/.config/fish/completions"
    cp "${bin_dir}/dlquiz.fish" "${HOME}/.config/fish/completions/dlquiz.fish"
    expect "fish: loaded from ~/.config/fish/completions" "quiz" "$(fish -c 'complete -C "dlquiz qu"' | cut -f1)"
    expect "fish: commands" "quiz" "$(fish_complete 'dlquiz qu')"
    expect "fish: options" "--order --count -n --topic --no-save" "$(fish_complete 'dlquiz quiz -')"
    expect "fish: --order values" "random sequential due weakest" "$(fish_complete 'dlquiz quiz --order ')"
    expect "fish: --order=value" "--order=weakest" "$(fish_complete 'dlquiz quiz --order=w')"
    expect "fish: topics" "training theory data" "$(fish_complete 'dlquiz quiz --topic ')"
    expect "fish: ids of show" "backpropagation batch-normalization" "$(fish_complete 'dlquiz show ')"
    expect "fish: ids of --deck" "dropout learning-rate" "$(fish_complete "dlquiz show --deck ${fixture} ")"
    refuse "fish: not the bundled ids with --deck" "backpropagation" "$(fish_complete "dlquiz show --deck ${fixture} ")"
    expect "fish: ids of --deck=FILE" "dropout learning-rate" "$(fish_complete "dlquiz show --deck=${fixture} ")"
    expect "fish: ids of a quoted --deck path with a space" "dropout learning-rate" \
        "$(fish_complete "dlquiz show --deck '${spaced}' ")"
    expect "fish: ids of a library deck" "dropout learning-rate" "$(fish_complete 'dlquiz show --deck sheet-fixture ')"
    expect "fish: topics of --deck" "optimization training" "$(fish_complete "dlquiz quiz --deck ${fixture} --topic ")"
    expect "fish: ids of --deck ~/FILE" \
        "dropout learning-rate" "$(fish_complete 'dlquiz show --deck ~/deck.json ')"
    expect "fish: ids of a --deck path with ':'" "dropout learning-rate" "$(fish_complete "dlquiz show --deck ${colons} ")"
    expect "fish: ids of --deck=PATH with ':' and '='" "dropout learning-rate" \
        "$(fish_complete "dlquiz show --deck=${colons} ")"
    expect "fish: topics of a --deck path with '='" "optimization training" \
        "$(fish_complete "dlquiz quiz --deck ${equals} --topic ")"
    expect "fish: a path with ':' completes whole" "a:b.json" \
        "$(cd "${bin_dir}/decks" && fish_complete "dlquiz quiz --deck a:")"
    expect "fish: --deck offers deck files" "deck-a.md deck-b.markdown deck-c.json" \
        "$(cd "${bin_dir}/decks" && fish_complete 'dlquiz quiz --deck ')"
    refuse "fish: --deck offers no other file" "notes.txt" "$(cd "${bin_dir}/decks" && fish_complete 'dlquiz quiz --deck ')"
    expect "fish: --deck offers library decks" "sheet-fixture" "$(fish_complete 'dlquiz quiz --deck ')"
    refuse "fish: no option after --" "--count" "$(fish_complete 'dlquiz quiz -- -')"
    refuse "fish: one id only" "batch-normalization" "$(fish_complete 'dlquiz show backpropagation ')"
    expect "fish: Japanese descriptions" "練習します:" "$(fish --no-config -c "dlquiz completions fish --lang ja | source; complete -C 'dlquiz qu'" | cut -f2)"
    expect "fish: subcommand" "reset" "$(fish_complete 'dlquiz progress ')"
    expect "fish: subcommand options" "--yes --progress" "$(fish_complete 'dlquiz progress reset --')"
    refuse "fish: no subcommand after one" "reset" "$(fish_complete 'dlquiz progress reset ')"
else
    skip "fish: not installed (apt-get install fish)"
fi

# MARK: manual page
if command -v groff >/dev/null; then
    dlquiz help --man > "${bin_dir}/dlquiz.1"
    warnings="$(groff -ww -mandoc -Tutf8 "${bin_dir}/dlquiz.1" 2>&1 >/dev/null)"
    if [[ -z "${warnings}" ]]; then echo "ok   groff -ww: no warnings"; else echo "FAIL groff -ww: ${warnings}"; failures=$((failures + 1)); fi
    dlquiz help --man --lang ja > "${bin_dir}/dlquiz.ja.1"
    warnings="$(groff -ww -mandoc -Tutf8 "${bin_dir}/dlquiz.ja.1" 2>&1 >/dev/null)"
    if [[ -z "${warnings}" ]]; then echo "ok   groff -ww (Japanese): no warnings"; else echo "FAIL groff -ww (Japanese): ${warnings}"; failures=$((failures + 1)); fi
else
    skip "groff: not installed (apt-get install groff)"
fi
if command -v man >/dev/null && [[ -f "${bin_dir}/dlquiz.1" ]]; then
    warnings="$(MANWIDTH=80 man --warnings -l "${bin_dir}/dlquiz.1" 2>&1 >/dev/null)"
    if [[ -z "${warnings}" ]]; then echo "ok   man -l: no warnings"; else echo "FAIL man -l: ${warnings}"; failures=$((failures + 1)); fi
    expect "man -l: sections" "NAME SYNOPSIS DESCRIPTION COMMANDS" "$(MANWIDTH=80 man -l "${bin_dir}/dlquiz.1" 2>/dev/null | col -b)"
else
    skip "man: not installed, or no page without groff (apt-get install man-db groff)"
fi

echo "${failures} failure(s), ${known_problems} known problem(s), ${skipped} skipped"
exit "${failures}"
