#pragma once
// The validated profile of an organisation: plain structs, no YAML, no pages.
// Every user-supplied value keeps the position it came from, so that later stages
// (layout overflow, missing glyphs) can point at the line.

#include <optional>
#include <string>
#include <vector>

#include "core/color.hpp"
#include "core/diagnostic.hpp"

namespace brochure {

/// A value together with where it was written in the profile.
template <class T>
struct Located {
    T value{};
    SourcePosition position;
};

/// UTF-8 text from the profile.
using Text = Located<std::string>;

/// One of the organisation's roles, e.g. "Political" with its paragraph.
struct Role {
    Text name;
    Text text;
};

struct Headquarters {
    Text city;
    Text country;
    Text address;      ///< street address as one line
    Text description;  ///< paragraph
};

/// One bar of the staff chart.
struct StaffCategory {
    Text label;
    Located<long> count;  ///< people, >= 0
};

struct Staff {
    Located<long> total;                  ///< people, > 0
    bool total_is_approximate = false;    ///< "roughly 4,000"
    Text description;                     ///< the paragraph about the staff
    std::vector<StaffCategory> breakdown; ///< may add up to less than `total`
    SourcePosition breakdown_position;    ///< where the breakdown list starts
};

/// An image file named by the profile: a relative path without ".." segments, as written.
/// The pipeline resolves it against the profile's folder (or --assets) and decodes it.
using ImagePath = Text;

struct Video {
    Text title;
    std::optional<Text> caption;
    Text url;  ///< absolute http(s) URL
    std::optional<ImagePath> image;  ///< a preview shown on the card next to the QR code
};

/// The organisation's colours and logo; each is optional and falls back to the theme.
struct Brand {
    std::optional<Located<Color>> primary;  ///< bands, headings, bars (the theme's navy)
    std::optional<Located<Color>> accent;   ///< rules, bullets, overlines (the theme's amber)
    std::optional<ImagePath> logo;          ///< PNG, JPEG or SVG
};

/// A section of the organisation's own: a title and its paragraph.
struct Section {
    Text title;
    Text text;
};

/// A label the profile sets in place of the design's default, e.g. ("staff", "Our team").
struct LabelOverride {
    std::string key;  ///< one of kLabelKeys
    Text text;
};

struct Internship {
    Text title;
    Text text;
};

struct Profile {
    std::string source_path;  ///< the file this profile was loaded from, as given

    Text lang;                ///< BCP 47 language tag, e.g. "en"
    Text name;                ///< short name shown big on the cover, e.g. "NATO"
    std::optional<Text> full_name;  ///< e.g. "North Atlantic Treaty Organization"
    Text tagline;
    Brand brand;
    std::optional<ImagePath> cover_image;  ///< a photo for the cover
    std::optional<Text> cover_image_description;  ///< what the photo shows, for screen readers
    std::vector<Text> company_types;
    std::vector<Text> sectors;
    Located<int> founded;     ///< year
    Located<int> countries;   ///< number of member countries
    Text about;               ///< paragraph
    std::vector<Role> roles;
    Headquarters headquarters;
    Staff staff;
    std::vector<Section> sections;  ///< shown after the staff section
    std::vector<Video> videos;
    std::optional<Internship> internship;
    std::vector<Text> values;
    std::vector<LabelOverride> labels;
};

}  // namespace brochure
