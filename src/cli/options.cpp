#include "cli/options.hpp"

#include <algorithm>
#include <array>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace brochure {

namespace {

// A value that looks like an option ("--fonts" after "--out") is the user's slip, not a
// folder of that name: "./--fonts" names such a folder. A lone "-" is a value. (CLI11
// would take any word as the value of an option that expects one.)
std::string not_an_option_name(const std::string& value) {
    if (value.size() > 1 && value[0] == '-')
        return fmt::format("needs a value, got the option '{}' (write ./{} for a file of that name)", value, value);
    return {};
}

// A check that `value` is one of `choices`, saying which were expected.
CLI::Validator one_of(std::vector<std::string> choices, std::string expected) {
    return CLI::Validator(
        [choices = std::move(choices), expected = std::move(expected)](std::string& value) -> std::string {
            if (std::find(choices.begin(), choices.end(), value) != choices.end()) return {};
            if (std::string problem = not_an_option_name(value); !problem.empty()) return problem;
            return fmt::format("expects {}, got '{}'", expected, value);
        },
        "");
}

CLI::Option* value_option(CLI::App& command, const std::string& names, std::string& target, const std::string& about) {
    return command.add_option(names, target, about)->check(CLI::Validator(
        [](std::string& value) { return not_an_option_name(value); }, ""));
}

// Every command's -h/--help, which shows the one help text (usage_text).
void add_help(CLI::App& command, bool& help) {
    command.set_help_flag();
    command.add_flag("-h,--help", help);
}

void add_diagnostics_option(CLI::App& command, Options& options) {
    command
        .add_option_function<std::string>(
            "--diagnostics", [&options](const std::string& name) { options.diagnostics = diagnostic_style_named(name); })
        ->check(one_of({"text", "json", "sarif", "github"}, "text, json, sarif or github"));
}

// --paper, --format, --pages, --fonts, --assets, --werror, --diagnostics: how a profile is
// laid out and checked, for every command that reads one.
void add_layout_options(CLI::App& command, Options& options) {
    command
        .add_option_function<std::string>("--paper",
                                          [&options](const std::string& choice) {
                                              options.paper = choice == "letter" ? Paper::letter : Paper::a4;
                                          })
        ->check(one_of({"a4", "letter"}, "a4 or letter"));
    command
        .add_option_function<std::string>("--format",
                                          [&options](const std::string& choice) {
                                              options.format = choice == "trifold"   ? BrochureFormat::trifold
                                                               : choice == "booklet" ? BrochureFormat::booklet
                                                                                     : BrochureFormat::sheet;
                                          })
        ->check(one_of({"sheet", "trifold", "booklet"}, "sheet, trifold or booklet"));
    command
        .add_option_function<std::string>("--pages",
                                          [&options](const std::string& choice) {
                                              options.pages = choice == "auto" ? 0 : std::stoi(choice);
                                          })
        ->check(one_of({"auto", "1", "2", "4", "8", "12"}, "auto, 1, 2 or 4 (booklet: 4, 8 or 12)"));
    value_option(command, "--fonts", options.font_dir, "");
    value_option(command, "--assets", options.assets_dir, "");
    command.add_flag("--werror", options.warnings_are_errors);
    add_diagnostics_option(command, options);
}

// --target, --imposition, --pdfa: what kind of PDF is written.
void add_output_options(CLI::App& command, Options& options) {
    command
        .add_option_function<std::string>("--target",
                                          [&options](const std::string& choice) { options.print = choice == "print"; })
        ->check(one_of({"screen", "print"}, "screen or print"));
    command
        .add_option_function<std::string>("--imposition",
                                          [&options](const std::string& choice) {
                                              options.imposed = choice == "sheets";
                                              options.imposition_given = true;
                                          })
        ->check(one_of({"sheets", "none"}, "sheets or none"));
    command.add_flag("--pdfa", options.pdfa);
}

void add_render_like(CLI::App& command, Options& options) {
    command.add_option("profile", options.profiles);
    value_option(command, "-o,--output", options.output_path, "");
    add_layout_options(command, options);
    add_output_options(command, options);
}

void add_build_options(CLI::App& command, Options& options) {
    command.add_option("paths", options.profiles);
    value_option(command, "--out", options.out_dir, "");
    value_option(command, "--shard", options.shard, "");
    value_option(command, "--report", options.report_path, "");
    value_option(command, "--junit", options.junit_path, "");
    command.add_flag("--force", options.force);
    command.add_flag("--quiet", options.quiet);
    command
        .add_option_function<std::string>("--jobs",
                                          [&options](const std::string& value) {
                                              options.jobs = static_cast<unsigned>(std::stoul(value));
                                          })
        ->check(CLI::Validator(
            [](std::string& value) -> std::string {
                const bool digits = !value.empty() && value.size() <= 4 &&
                                    value.find_first_not_of("0123456789") == std::string::npos;
                if (digits && std::stoul(value) > 0) return {};
                if (std::string problem = not_an_option_name(value); !problem.empty()) return problem;
                return "expects a whole number from 1 to 9999, got '" + value + "'";
            },
            ""));
    add_layout_options(command, options);
    add_output_options(command, options);
}

void add_init_options(CLI::App& command, Options& options) {
    command.add_option("profile", options.profiles);
    value_option(command, "--lang", options.lang, "");
    command.add_flag("--force", options.overwrite);
}

// Options that each parse but do not go together.
std::string format_conflict(const Options& options) {
    const std::vector<int> counts = format_plan(options.format, PageSpec{}).page_counts;
    if (options.pages != 0 && options.format == BrochureFormat::trifold)
        return "--pages does not apply to --format trifold: a leaflet always has six panels";
    if (options.pages != 0 && std::find(counts.begin(), counts.end(), options.pages) == counts.end()) {
        std::string allowed;
        for (std::size_t i = 0; i < counts.size(); ++i)
            allowed += (i == 0 ? "" : i + 1 == counts.size() ? " or " : ", ") + std::to_string(counts[i]);
        return fmt::format("--pages {}: a {} has {} pages", options.pages, format_name(options.format), allowed);
    }
    if (options.imposition_given && !options.print)
        return "--imposition applies to --target print: a screen PDF shows the pages in reading order";
    if (options.imposition_given && options.format == BrochureFormat::sheet)
        return "--imposition applies to --format trifold and booklet: a sheet's pages are printed as they are";
    return {};
}

// What a parsed command line still lacks or has too much of.
std::string command_problem(const Options& options, const std::string& name) {
    const auto& profiles = options.profiles;
    const bool reads_stdin = std::find(profiles.begin(), profiles.end(), "-") != profiles.end();
    switch (options.command) {
        case Command::init:
            if (profiles.size() > 1) return "init writes one profile; got " + std::to_string(profiles.size());
            return {};
        case Command::build:
            if (profiles.empty()) return "build needs a profile";
            if (reads_stdin) return "build reads profiles from files and folders; for standard input use render -";
            if (options.out_dir.empty()) return "build needs --out DIR";
            break;
        case Command::watch:
            if (reads_stdin) return "watch reads a file it can watch; for standard input use render -";
            [[fallthrough]];
        case Command::render:
            if (profiles.empty()) return name + " needs a profile";
            if (profiles.size() > 1) return name + " takes one profile; got " + std::to_string(profiles.size());
            break;
        case Command::check:
            if (profiles.empty()) return "check needs a profile";
            break;
        default:
            return {};
    }
    return format_conflict(options);
}

struct CommandSpec {
    const char* name;
    Command command;
    void (*add_options)(CLI::App&, Options&);
};

constexpr std::array kCommands{
    CommandSpec{"render", Command::render, add_render_like},
    CommandSpec{"check", Command::check,
                [](CLI::App& command, Options& options) {
                    command.add_option("profiles", options.profiles);
                    add_layout_options(command, options);
                }},
    CommandSpec{"build", Command::build, add_build_options},
    CommandSpec{"watch", Command::watch, add_render_like},
    CommandSpec{"init", Command::init, add_init_options},
    CommandSpec{"schema", Command::schema, [](CLI::App&, Options&) {}},
};

}  // namespace

ParsedOptions parse_options(const std::vector<std::string>& args) {
    ParsedOptions parsed;
    Options& options = parsed.options;
    if (args.empty()) {
        parsed.error = "no command given";
        return parsed;
    }
    const std::string& first = args[0];
    if (first == "help") return parsed;
    const auto spec = std::find_if(kCommands.begin(), kCommands.end(), [&](const CommandSpec& c) { return first == c.name; });
    if (spec == kCommands.end() && !first.starts_with('-')) {
        parsed.error = "unknown command '" + first + "'";
        return parsed;
    }

    CLI::App app("brochure", "brochure");
    bool help = false;
    bool version = false;
    add_help(app, help);
    app.add_flag("--version", version);
    app.require_subcommand(0, 1);
    for (const CommandSpec& command : kCommands) {
        CLI::App* sub = app.add_subcommand(command.name);
        add_help(*sub, help);
        command.add_options(*sub, options);
    }
    // CLI11 takes the arguments last first.
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    try {
        app.parse(reversed);
    } catch (const CLI::ParseError& error) {
        if (help) return parsed;
        parsed.error = error.what();
        return parsed;
    }
    if (help) return parsed;
    if (spec == kCommands.end()) {
        if (version) options.command = Command::version;
        else parsed.error = "no command given";
        return parsed;
    }
    options.command = spec->command;
    if (options.command == Command::schema && !options.profiles.empty())
        parsed.error = "schema takes no arguments";
    else
        parsed.error = command_problem(options, spec->name);
    return parsed;
}

}  // namespace brochure
