package org.zhengce.cli;

import picocli.CommandLine;

/** An error that ends a command: one clear line for stderr and an exit code. */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int exitCode;

  CliException(String message) {
    this(message, CommandLine.ExitCode.SOFTWARE);
  }

  CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }

  /** One line for any exception: its message, or its type when it has none. */
  static String describe(Throwable ex) {
    if (ex instanceof CliException) {
      return ex.getMessage();
    }
    String msg = ex.getMessage();
    String line = msg == null || msg.isBlank() ? ex.getClass().getSimpleName()
        : ex.getClass().getSimpleName() + ": " + msg;
    return "internal error: " + line.lines().findFirst().orElse(line);
  }
}
