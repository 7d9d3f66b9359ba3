import QuizCLI

#if canImport(Glibc)
import Glibc
#endif

// Everything lives in QuizCLI; this file only hands the process over and returns its status.
exit(DLQuizCLI.run(.process()))
