#include "cli/commands/commands.hpp"

#include <cstdio>
#include <filesystem>

#include "cli/profile_templates.hpp"
#include "cli/render_settings.hpp"
#include "io/files.hpp"
#include "io/installed_data.hpp"
#include "io/standard_streams.hpp"
#include "model/load_profile.hpp"

namespace brochure {

namespace {

constexpr const char* kDefaultProfileName = "profile.yaml";
constexpr std::string_view kSchemaToken = "SCHEMA_PATH";

// The schema installed beside the executable, else the one of the tree it was built from.
std::string schema_path() {
    const std::string installed = installed_data_path("schema/profile.schema.json");
    return installed.empty() ? BROCHURE_SOURCE_SCHEMA : installed;
}

// "fr-BE" -> "fr": the template of a regional variant is its language's.
std::string primary_language(const std::string& tag) { return tag.substr(0, tag.find('-')); }

// The starting profile in `lang`; the English one, with `lang` filled in, where there is
// no template in that language (the labels may still be built in).
std::string starting_profile(const std::string& lang, bool& translated) {
    const std::optional<std::string_view> own = profile_template(primary_language(lang));
    translated = own.has_value();
    std::string text(own ? *own : *profile_template("en"));
    text.replace(text.find(kSchemaToken), kSchemaToken.size(), schema_path());
    const std::string written_lang = "lang: " + (own ? primary_language(lang) : std::string("en")) + "\n";
    text.replace(text.find(written_lang), written_lang.size(), "lang: " + lang + "\n");
    return text;
}

}  // namespace

int init_command(const Options& options) {
    const std::string path = options.profiles.empty() ? kDefaultProfileName : options.profiles.front();
    if (!is_language_tag(options.lang)) {
        print_error("--lang", "expected a language tag such as \"en\" or \"fr-BE\", got \"" + options.lang + "\"");
        return kExitUsageOrIo;
    }
    bool translated = false;
    const std::string text = starting_profile(options.lang, translated);
    if (path == kStandardStreamPath) {
        const std::string problem = write_standard_output(text);
        if (!problem.empty()) print_error("<stdout>", problem);
        return problem.empty() ? kExitSuccess : kExitUsageOrIo;
    }
    std::error_code ignored;
    if (!options.overwrite && std::filesystem::exists(std::filesystem::symlink_status(path, ignored))) {
        print_error(path, "already exists; init leaves it alone (--force replaces it)");
        return kExitUsageOrIo;
    }
    if (const std::string problem = write_file_atomically(path, text); !problem.empty()) {
        print_error(path, problem);
        return kExitUsageOrIo;
    }
    if (!translated)
        std::fprintf(stderr, "note: there is no starting profile in \"%s\" yet; %s has English placeholders\n",
                     options.lang.c_str(), path.c_str());
    std::fprintf(stderr, "wrote %s: replace each \"<placeholder>\", then run: brochure watch %s\n", path.c_str(),
                 path.c_str());
    return kExitSuccess;
}

}  // namespace brochure
