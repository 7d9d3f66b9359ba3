import QuizCLI

#if canImport(Glibc)
    import Glibc
#endif

// Everything lives in QuizCLI; this file only hands the process over and ends it with the status it returns.
let status = DLQuizCLI.run(.process())
if status == 130 {
    // Interrupted by Ctrl-C: end as SIGINT would, so the shell sees it.
    InterruptMonitor.exitAsInterrupted()
}
exit(status)
