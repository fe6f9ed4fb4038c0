package org.zhengce.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.zhengce.pipeline.DocumentPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zhengce} command: one subcommand class per job. {@link #commandLine} is the one
 * factory that {@code main} and the tests share; output goes through picocli's {@code out} and
 * {@code err}. Exit codes: 0 done, 1 some input failed or an error occurred, 2 bad usage.
 */
@Command(name = "zhengce",
    mixinStandardHelpOptions = true,
    versionProvider = Zhengce.Version.class,
    description = "Chinese policy text: read, clean, normalize and segment documents.")
public final class Zhengce implements Runnable {

  /** The subcommands, in the order of the help. */
  private static final List<Class<?>> COMMANDS = List.of(InfoCommand.class, NormalizeCommand.class,
      SegmentCommand.class, ExtractCommand.class, TimeCommand.class, QuantityCommand.class, IndexCommand.class,
      SearchCommand.class, StatsCommand.Stats.class, StatsCommand.Show.class, CompareCommand.Compare.class,
      CompareCommand.Indicators.class, DemoCommand.class, ServeCommand.class);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      out.println(Version.line()); // answered before the command line and its commands are built
      return;
    }
    List<String> given = List.of(args);
    if (args.length > 1 && PIPELINE_COMMANDS.contains(args[0]) && !given.contains("--help")
        && !given.contains("-h") && !given.contains("--dict")) {
      DocumentPipeline.preload(); // HanLP's, OpenCC's and the rules' tables load while picocli parses
    }
    System.exit(commandLine(out, err, args.length > 0 ? args[0] : null).execute(args));
  }

  /** The commands that run the standard pipeline on their files (segment's --dict makes its own segmenter). */
  private static final Set<String> PIPELINE_COMMANDS = Set.of("extract", "index", "normalize",
      "segment", "info", "demo");

  /** The command line with its subcommands, writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, null);
  }

  /**
   * The command line, with only the subcommand named {@code only} when it names one that runs
   * alone (building every command's model costs start-up time); with all of them otherwise (help,
   * an unknown name, the demo, which runs the others).
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String only) {
    CommandLine cl = new CommandLine(new Zhengce());
    boolean one = only != null && !only.equals("demo")
        && COMMANDS.stream().anyMatch(c -> nameOf(c).equals(only));
    for (Class<?> command : COMMANDS) {
      if (!one || nameOf(command).equals(only)) {
        cl.addSubcommand(nameOf(command), command);
      }
    }
    cl.addSubcommand("help", CommandLine.HelpCommand.class);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("zhengce: " + CliException.describe(ex));
      cmd.getErr().flush();
      return ex instanceof CliException c ? c.exitCode() : CommandLine.ExitCode.SOFTWARE;
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine cmd = ex.getCommandLine();
      cmd.getErr().println("zhengce: " + ex.getMessage() + " (see 'zhengce "
          + (cmd.getCommandName().equals("zhengce") ? "" : cmd.getCommandName() + " ") + "--help')");
      cmd.getErr().flush();
      return CommandLine.ExitCode.USAGE;
    });
    return cl;
  }

  private static String nameOf(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {line()};
    }

    static String line() {
      Properties p = new Properties();
      try (InputStream in = Zhengce.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        // no version file: unknown
      }
      return "zhengce " + p.getProperty("version", "unknown");
    }
  }
}
