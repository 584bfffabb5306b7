#include "layout/labels.hpp"

#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

namespace brochure {

namespace {

const Labels kEnglish{
    .founded = "Founded",
    .countries = "Member countries",
    .people_at_headquarters = "People at headquarters",
    .headquarters = "Headquarters",
    .about = "About",
    .roles = "What we do",
    .values = "Our values",
    .at_a_glance = "At a glance",
    .organisation_type = "Organisation type",
    .sectors = "Sectors",
    .address = "Address",
    .people = "Our people",
    .staff_chart_title = "Who works at headquarters",
    .international_staff = "The International Staff",
    .videos = "Watch",
    .scan_to_watch = "Scan to watch",
    .internship = "Internship",
    .not_itemised = "Not itemised",
    .page = "Page",
    .of = "of",
};

}  // namespace

const Labels& labels_for(std::string_view) { return kEnglish; }

std::string format_count(long value, std::string_view) {
    const std::string digits = std::to_string(std::labs(value));
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    return value < 0 ? "-" + grouped : grouped;
}

std::string format_percent(double percent, std::string_view) {
    const double tenths = std::round(percent * 10) / 10;
    if (std::fabs(tenths - std::round(tenths)) < 1e-9) return fmt::format("{:.0f}%", tenths);
    return fmt::format("{:.1f}%", tenths);
}

}  // namespace brochure
