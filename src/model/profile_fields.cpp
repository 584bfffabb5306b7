#include "model/profile_fields.hpp"

#include <stdexcept>
#include <string>

#include <array>
#include <utility>

#include "model/label_keys.hpp"
#include "model/limits.hpp"

namespace brochure {

namespace {

// Caps chosen so that a profile with every field at its limit still fits the brochure's
// four pages (the layout tests check it): more content than that is a different document.
constexpr std::size_t kLabelChars = 40;
constexpr std::size_t kTitleChars = 80;
constexpr std::size_t kLineChars = 120;
constexpr std::size_t kAddressChars = 160;
constexpr std::size_t kParagraphChars = 800;
constexpr std::size_t kShortParagraphChars = 200;
constexpr std::size_t kRoleParagraphChars = 500;
constexpr std::size_t kSectionParagraphChars = 800;
constexpr std::size_t kListItems = 8;
constexpr long kMostPeople = 100'000'000;
constexpr std::size_t kMaxSections = 3;
constexpr std::size_t kMaxRoles = 4;
constexpr std::size_t kVideoTitleChars = 50;
constexpr std::size_t kVideoCaptionChars = 60;
constexpr std::size_t kBarLabelChars = 40;
constexpr std::size_t kValueChars = 30;
constexpr std::size_t kTagChars = 30;
constexpr std::size_t kTagItems = 5;
constexpr std::size_t kColorBytes = 7;  // "#rrggbb"

constexpr FieldSpec kRoleFields[] = {
    {.key = "name", .kind = FieldKind::text, .required = true, .max_length = kLabelChars},
    {.key = "text", .kind = FieldKind::text, .required = true, .max_length = kRoleParagraphChars},
};

constexpr FieldSpec kHeadquartersFields[] = {
    {.key = "city", .kind = FieldKind::text, .required = true, .max_length = 60},
    {.key = "country", .kind = FieldKind::text, .required = true, .max_length = 60},
    {.key = "address", .kind = FieldKind::text, .required = true, .max_length = kAddressChars},
    {.key = "description", .kind = FieldKind::text, .required = true,
     .max_length = kParagraphChars},
};

constexpr FieldSpec kStaffCategoryFields[] = {
    {.key = "label", .kind = FieldKind::text, .required = true, .max_length = kBarLabelChars},
    {.key = "count", .kind = FieldKind::whole_number, .required = true, .minimum = 0,
     .maximum = kMostPeople},
};

constexpr FieldSpec kStaffFields[] = {
    {.key = "total", .kind = FieldKind::whole_number, .required = true, .minimum = 1,
     .maximum = kMostPeople},
    {.key = "total_is_approximate", .kind = FieldKind::boolean},
    {.key = "description", .kind = FieldKind::text, .required = true,
     .max_length = kParagraphChars},
    {.key = "breakdown", .kind = FieldKind::mapping_list, .max_items = kListItems,
     .fields = kStaffCategoryFields},
};

constexpr FieldSpec kVideoFields[] = {
    {.key = "title", .kind = FieldKind::text, .required = true, .max_length = kVideoTitleChars},
    {.key = "caption", .kind = FieldKind::text, .max_length = kVideoCaptionChars},
    {.key = "url", .kind = FieldKind::url, .required = true, .max_length = kMaxVideoUrlBytes},
    {.key = "image", .kind = FieldKind::file, .max_length = kMaxImagePathBytes},
};

constexpr FieldSpec kBrandFields[] = {
    {.key = "primary", .kind = FieldKind::color, .max_length = kColorBytes},
    {.key = "accent", .kind = FieldKind::color, .max_length = kColorBytes},
    {.key = "logo", .kind = FieldKind::file, .max_length = kMaxImagePathBytes},
};

constexpr FieldSpec kInternshipFields[] = {
    {.key = "title", .kind = FieldKind::text, .required = true, .max_length = kTitleChars},
    {.key = "text", .kind = FieldKind::text, .required = true,
     .max_length = kShortParagraphChars},
};

constexpr FieldSpec kSectionFields[] = {
    {.key = "title", .kind = FieldKind::text, .required = true, .max_length = kTitleChars},
    {.key = "text", .kind = FieldKind::text, .required = true, .max_length = kSectionParagraphChars},
};

// One optional text per label key, in kLabelKeys' order.
constexpr auto kLabelFields = [] {
    std::array<FieldSpec, kLabelKeys.size()> fields{};
    for (std::size_t i = 0; i < kLabelKeys.size(); ++i)
        fields[i] = FieldSpec{.key = kLabelKeys[i], .kind = FieldKind::text, .max_length = label_max_chars(kLabelKeys[i])};
    return fields;
}();

constexpr FieldSpec kProfileFields[] = {
    {.key = "lang", .kind = FieldKind::text, .required = true, .max_length = 35},
    {.key = "name", .kind = FieldKind::text, .required = true, .max_length = kLabelChars},
    {.key = "full_name", .kind = FieldKind::text, .max_length = kLineChars},
    {.key = "tagline", .kind = FieldKind::text, .required = true, .max_length = kLineChars},
    {.key = "brand", .kind = FieldKind::mapping, .fields = kBrandFields},
    {.key = "cover_image", .kind = FieldKind::file, .max_length = kMaxImagePathBytes},
    {.key = "cover_image_description", .kind = FieldKind::text, .max_length = kLineChars},
    {.key = "company_types", .kind = FieldKind::text_list, .max_length = kTagChars,
     .max_items = kTagItems},
    {.key = "sectors", .kind = FieldKind::text_list, .max_length = kTagChars,
     .max_items = kTagItems},
    {.key = "founded", .kind = FieldKind::whole_number, .required = true, .minimum = 1000,
     .maximum = 2100},
    {.key = "countries", .kind = FieldKind::whole_number, .required = true, .minimum = 1,
     .maximum = 250},
    {.key = "about", .kind = FieldKind::text, .required = true, .max_length = kParagraphChars},
    {.key = "roles", .kind = FieldKind::mapping_list, .max_items = kMaxRoles, .fields = kRoleFields},
    {.key = "headquarters", .kind = FieldKind::mapping, .required = true,
     .fields = kHeadquartersFields},
    {.key = "staff", .kind = FieldKind::mapping, .required = true, .fields = kStaffFields},
    {.key = "sections", .kind = FieldKind::mapping_list, .max_items = kMaxSections, .fields = kSectionFields},
    {.key = "videos", .kind = FieldKind::mapping_list, .max_items = 6, .fields = kVideoFields},
    {.key = "internship", .kind = FieldKind::mapping, .fields = kInternshipFields},
    {.key = "values", .kind = FieldKind::text_list, .max_length = kValueChars,
     .max_items = kListItems},
    {.key = "labels", .kind = FieldKind::mapping, .fields = kLabelFields},
};

// Fields that once existed, and what took their place.
constexpr std::pair<std::string_view, std::string_view> kRetiredFields[] = {
    {"international_staff_role",
     "this field was NATO's own; write it as a section: 'sections: [{title: The International Staff, text: ...}]'"},
};

}  // namespace

std::span<const FieldSpec> profile_fields() { return kProfileFields; }

std::optional<std::string_view> retired_field_hint(std::string_view key) {
    for (const auto& [retired, hint] : kRetiredFields)
        if (retired == key) return hint;
    return std::nullopt;
}

const FieldSpec& field_spec(std::span<const FieldSpec> fields, std::string_view key) {
    for (const FieldSpec& spec : fields) {
        if (spec.key == key) return spec;
    }
    throw std::logic_error("no field '" + std::string(key) + "' in the profile field table");
}

}  // namespace brochure
