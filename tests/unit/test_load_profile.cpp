#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "model/limits.hpp"
#include "model/load_profile.hpp"

namespace {

std::string nato_text() {
    std::ifstream in(std::string(BROCHURE_SOURCE_DIR) + "/content/nato.yaml", std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// 1-based number of the first line of `text` that starts with `prefix`; 0 when none.
int line_starting_with(const std::string& text, const std::string& prefix) {
    int line = 1;
    for (std::size_t start = 0; start < text.size(); ++line) {
        if (text.compare(start, prefix.size(), prefix) == 0) return line;
        const std::size_t newline = text.find('\n', start);
        if (newline == std::string::npos) break;
        start = newline + 1;
    }
    return 0;
}

const char* const kMinimalProfile = R"(lang: en
name: Example
tagline: Making examples
founded: 1990
countries: 3
about: An organisation.
headquarters:
  city: Lyon
  country: France
  address: 1 rue de l'Exemple
  description: An office.
staff:
  total: 40
  description: Forty people.
)";

}  // namespace

TEST_CASE("content/nato.yaml loads with the staff warning only", "[load_profile][nato]") {
    const std::string text = nato_text();
    REQUIRE_FALSE(text.empty());
    const auto result = brochure::load_profile_from_text(text, "content/nato.yaml");
    REQUIRE(result.profile.has_value());
    REQUIRE(result.diagnostics.size() == 1);
    const brochure::Diagnostic& warning = result.diagnostics[0];
    CHECK(warning.severity == brochure::Severity::warning);
    CHECK(warning.message.starts_with("staff.breakdown: "));
    CHECK(warning.position.line == line_starting_with(text, "  breakdown:"));
    CHECK(warning.position == result.profile->staff.breakdown_position);
}

TEST_CASE("content/nato.yaml gives every fact of the organisation", "[load_profile][nato]") {
    const std::string text = nato_text();
    const auto result = brochure::load_profile_from_text(text, "content/nato.yaml");
    REQUIRE(result.profile.has_value());
    const brochure::Profile& p = *result.profile;

    CHECK(p.source_path == "content/nato.yaml");
    CHECK(p.lang.value == "en");
    CHECK(p.name.value == "NATO");
    REQUIRE(p.full_name.has_value());
    CHECK(p.full_name->value == "North Atlantic Treaty Organization");
    CHECK(p.founded.value == 1949);
    CHECK(p.founded.position == brochure::SourcePosition{line_starting_with(text, "founded:"), 10});
    CHECK(p.countries.value == 32);
    CHECK(p.company_types.size() == 4);
    CHECK(p.sectors.size() == 4);
    CHECK(p.values.size() == 4);
    CHECK(p.about.value.starts_with("NATO is a military alliance"));
    CHECK(p.about.value.find("NATO’s essential purpose") != std::string::npos);
    REQUIRE(p.roles.size() == 2);
    CHECK(p.roles[0].name.value == "Political");
    CHECK(p.roles[1].name.value == "Military");
    CHECK(p.roles[1].text.value.find("POLITICAL") == std::string::npos);
    CHECK(p.headquarters.city.value == "Brussels");
    CHECK(p.headquarters.description.value.find("(BE) and") != std::string::npos);

    CHECK(p.staff.total.value == 4000);
    CHECK(p.staff.total_is_approximate);
    REQUIRE(p.staff.breakdown.size() == 4);
    long itemised = 0;
    for (const auto& category : p.staff.breakdown) itemised += category.count.value;
    CHECK(itemised < p.staff.total.value);

    REQUIRE(p.videos.size() == 3);
    CHECK_FALSE(p.videos[0].caption.has_value());
    REQUIRE(p.videos[1].caption.has_value());
    CHECK(p.videos[1].title.value == "How is it working with them?");
    for (const auto& video : p.videos) {
        CHECK(video.url.value.starts_with("https://www.nato.int/"));
        CHECK(video.url.value.size() <= brochure::kMaxVideoUrlBytes);
        CHECK(video.url.position.line > 0);
    }
    REQUIRE(p.internship.has_value());
    CHECK(p.internship->title.value == "Be a NATO Intern");
    REQUIRE(p.sections.size() == 1);
    CHECK(p.sections[0].title.value == "The International Staff");
    CHECK(p.sections[0].text.value.rfind("The primary role of the International Staff", 0) == 0);
}

TEST_CASE("the retired international_staff_role is an error whose hint names sections", "[load_profile]") {
    const std::string text = std::string(kMinimalProfile) + "international_staff_role: The staff advise.\n";
    const auto result = brochure::load_profile_from_text(text, "old.yaml");
    REQUIRE_FALSE(result.profile.has_value());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message == "international_staff_role: unknown field");
    REQUIRE(result.diagnostics[0].hints.size() == 1);
    CHECK(result.diagnostics[0].hints[0].find("sections:") != std::string::npos);
}

TEST_CASE("labels replace the design's words, and unknown label keys are caught", "[load_profile]") {
    const std::string good = std::string(kMinimalProfile) + "labels:\n  staff: Our team\n  founded: Since\n";
    const auto loaded = brochure::load_profile_from_text(good, "labels.yaml");
    REQUIRE(loaded.profile.has_value());
    REQUIRE(loaded.profile->labels.size() == 2);
    CHECK(loaded.profile->labels[0].key == "founded");
    CHECK(loaded.profile->labels[0].text.value == "Since");
    CHECK(loaded.profile->labels[1].key == "staff");

    const std::string bad = std::string(kMinimalProfile) + "labels:\n  staf: Our team\n";
    const auto refused = brochure::load_profile_from_text(bad, "labels.yaml");
    REQUIRE_FALSE(refused.profile.has_value());
    REQUIRE(refused.diagnostics.size() == 1);
    CHECK(refused.diagnostics[0].message == "labels.staf: unknown field");
    CHECK(refused.diagnostics[0].hints == std::vector<std::string>{"did you mean 'staff'?"});
}

TEST_CASE("a minimal profile loads and leaves optional fields empty", "[load_profile]") {
    const auto result = brochure::load_profile_from_text(kMinimalProfile, "min.yaml");
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.profile.has_value());
    CHECK_FALSE(result.profile->full_name.has_value());
    CHECK_FALSE(result.profile->internship.has_value());
    CHECK(result.profile->videos.empty());
    CHECK_FALSE(result.profile->staff.total_is_approximate);
    CHECK(result.profile->headquarters.address.position == brochure::SourcePosition{10, 12});
}

TEST_CASE("every problem is reported in one run, in source order", "[load_profile]") {
    std::string text = kMinimalProfile;
    text += "founded: 1991\nvalues: {a: 1}\nvideos:\n  - title: T\n    url: ftp://example.org/v\n";
    text.replace(text.find("countries: 3"), 12, "countries: 999");
    const auto result = brochure::load_profile_from_text(text, "many.yaml");
    CHECK_FALSE(result.profile.has_value());
    REQUIRE(result.diagnostics.size() == 4);
    for (std::size_t i = 1; i < result.diagnostics.size(); ++i) {
        CHECK(result.diagnostics[i - 1].position.line <= result.diagnostics[i].position.line);
    }
    CHECK(result.diagnostics[0].message.starts_with("countries: "));
    CHECK(result.diagnostics[1].message.starts_with("founded: duplicate field"));
    CHECK(result.diagnostics[2].message.starts_with("values: expected a list"));
    CHECK(result.diagnostics[3].message.starts_with("videos[0].url: "));
}

TEST_CASE("a URL of exactly the QR limit is accepted, one byte more is not", "[load_profile][url]") {
    const std::string prefix = "https://example.org/";
    const std::string fits = prefix + std::string(brochure::kMaxVideoUrlBytes - prefix.size(), 'v');
    const auto with_url = [](const std::string& url) {
        return std::string(kMinimalProfile) + "videos:\n  - title: V\n    url: " + url + "\n";
    };
    CHECK(brochure::load_profile_from_text(with_url(fits), "f.yaml").diagnostics.empty());
    const auto too_long = brochure::load_profile_from_text(with_url(fits + "v"), "f.yaml");
    REQUIRE(too_long.diagnostics.size() == 1);
    CHECK(too_long.diagnostics[0].message.find("(1 too many)") != std::string::npos);
}

TEST_CASE("text limits count characters, not bytes", "[load_profile]") {
    // 40 two-byte characters: 80 bytes, but within the name's limit of 40 characters.
    std::string name;
    for (int i = 0; i < 40; ++i) name += "é";
    std::string text = kMinimalProfile;
    text.replace(text.find("Example"), 7, name);
    CHECK(brochure::load_profile_from_text(text, "n.yaml").diagnostics.empty());
    text.replace(text.find(name), name.size(), name + "é");
    const auto result = brochure::load_profile_from_text(text, "n.yaml");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message == "name: too long: 41 characters, the limit is 40 (1 too many)");
}
