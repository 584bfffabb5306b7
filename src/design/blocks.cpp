#include "design/blocks.hpp"

#include <string>

#include "design/panels.hpp"
#include "design/staff_chart.hpp"
#include "design/video_cards.hpp"
#include "layout/text_lines.hpp"

namespace brochure {

namespace {

// Width of the accent rule above every section heading, and its thickness.
constexpr double kAccentRuleWidthPt = 20;
constexpr double kAccentRuleThicknessPt = 2.5;

VGlue section_gap() { return VGlue{theme::kSectionGapPt, theme::kSectionGapPt, theme::kLinePt}; }
VGlue paragraph_gap() { return VGlue{theme::kParagraphGapPt, theme::kParagraphGapPt, 0}; }

// Lines of `text` in `style` as one box each, never broken apart (headings, captions).
VList unbroken_lines(const BrochureContext& context, std::string_view text, const TextStyle& style, double width_pt) {
    VList lines = paragraph_lines(text, style, width_pt, context.ragged(), context.metrics);
    for (VItem& item : lines)
        if (auto* penalty = std::get_if<VPenalty>(&item)) penalty->cost = kNeverBreak;
    return lines;
}

// `head` followed by `body`, never broken between them.
VList kept_with(VList head, const VList& body) {
    if (!body.empty()) head.emplace_back(VPenalty{kNeverBreak});
    append(head, body);
    return head;
}

// A subheading (a role's name) kept with the first lines of its paragraph.
VList subheaded_paragraph(const BrochureContext& context, const Text& heading, const Text& text,
                          const std::string& field, double width_pt, StructureId parent) {
    VList head = from_field(unbroken_lines(context, heading.value, context.palette.on_paper(theme::kSubheading), width_pt), field + ".name",
                            heading.position);
    head = tagged(std::move(head), context.element(parent, StructureRole::heading_3));
    return kept_with(std::move(head), field_paragraph(context, text, field + ".text", theme::kBody,
                                                       context.justified(), width_pt, parent));
}

VList about(const BrochureContext& context, double width_pt) {
    return section(context, context.labels.about, width_pt, [&](StructureId parent) {
        return field_paragraph(context, context.profile.about, "about", theme::kBody, context.justified(), width_pt,
                               parent);
    });
}

VList roles(const BrochureContext& context, double width_pt) {
    return section(context, context.labels.roles, width_pt, [&](StructureId parent) {
        VList body;
        for (std::size_t i = 0; i < context.profile.roles.size(); ++i) {
            if (i > 0) body.emplace_back(paragraph_gap());
            const Role& role = context.profile.roles[i];
            append(body, subheaded_paragraph(context, role.name, role.text, "roles[" + std::to_string(i) + "]", width_pt,
                                             parent));
        }
        return body;
    });
}

VList headquarters(const BrochureContext& context, double width_pt) {
    const Headquarters& hq = context.profile.headquarters;
    return section(context, context.labels.headquarters, width_pt, [&](StructureId parent) {
        VList body = field_paragraph(context, hq.description, "headquarters.description", theme::kBody,
                                     context.justified(), width_pt, parent);
        body.emplace_back(paragraph_gap());
        // The address is read as one unit: never split.
        VList address = tagged(unbroken_lines(context, context.labels.address, theme::kCaptionStrong, width_pt),
                               context.element(parent, StructureRole::paragraph));
        address.emplace_back(VPenalty{kNeverBreak});
        const StructureId lines = context.element(parent, StructureRole::paragraph);
        append(address, tagged(from_field(unbroken_lines(context, hq.address.value, theme::kBody, width_pt),
                                          "headquarters.address", hq.address.position),
                               lines));
        address.emplace_back(VPenalty{kNeverBreak});
        append(address,
               tagged(from_field(unbroken_lines(context, hq.city.value + ", " + hq.country.value, theme::kBody, width_pt),
                                 "headquarters.city", hq.city.position),
                      lines));
        append(body, address);
        return body;
    });
}

VList own_section(const BrochureContext& context, std::size_t index, double width_pt) {
    const Section& own = context.profile.sections[index];
    const std::string field = "sections[" + std::to_string(index) + "]";
    return section(context, own.title.value, width_pt, [&](StructureId parent) {
        return field_paragraph(context, own.text, field + ".text", theme::kBody, context.justified(), width_pt, parent);
    });
}

VList values(const BrochureContext& context, double width_pt) {
    return section(context, context.labels.values, width_pt,
                   [&](StructureId parent) { return values_panel(context, width_pt, parent); });
}

VList people(const BrochureContext& context, double width_pt) {
    return section(context, context.labels.staff, width_pt,
                   [&](StructureId parent) { return staff_section_body(context, width_pt, parent); });
}

// The tagline set large in the primary colour, under an accent bar: a pull quote. It
// repeats the cover's, so a screen reader does not read it twice.
VList pull_quote(const BrochureContext& context, double width_pt) {
    VBox quote;
    quote.width_pt = width_pt;
    quote.field = "tagline";
    quote.position = context.profile.tagline.position;
    quote.items.push_back(FilledRect{{0, 0, theme::kAccentBarWidthPt, theme::kAccentBarHeightPt}, context.palette.accent});
    quote.height_pt = theme::kAccentBarHeightPt + 3 * theme::kUnitPt;
    quote.height_pt += place_text_block(0, quote.height_pt, width_pt, context.profile.tagline.value,
                                        context.palette.on_paper(theme::kCoverTagline), context.metrics, quote.items,
                                        context.ragged());
    return VList{std::move(quote)};
}

}  // namespace

VList section(const BrochureContext& context, std::string_view title, double width_pt, const SectionBody& body_of) {
    // The elements are made in reading order: the section's, its heading's, then the body's.
    const StructureId element = context.element(StructureTree::root(), StructureRole::section);
    const StructureId heading_element = context.element(element, StructureRole::heading_2);
    VBox heading;
    heading.width_pt = width_pt;
    heading.bookmarks.emplace_back(title);
    // A short accent rule above the heading marks every section the same way.
    heading.items.push_back(FilledRect{{0, 0, kAccentRuleWidthPt, kAccentRuleThicknessPt}, context.palette.accent});
    const std::size_t first_line = heading.items.size();
    const TextStyle style = context.palette.on_paper(theme::kHeading);
    for (const BrokenLine& line :
         break_lines(title, style.face, style.size_pt, width_pt, context.metrics, context.ragged())) {
        place_line(0, heading.height_pt, line, style, context.metrics, heading.items);
        heading.height_pt += style.leading_pt;
    }
    tag_from(heading.items, first_line, heading_element);
    const VList body = body_of(element);
    // A heading shows no field of its own: "does not fit" names the text it heads.
    for (const VItem& item : body)
        if (const auto* box = std::get_if<VBox>(&item); box && !box->field.empty()) {
            heading.field = box->field;
            heading.position = box->position;
            break;
        }
    return kept_with(VList{std::move(heading)}, body);
}

VList field_paragraph(const BrochureContext& context, const Text& field, std::string_view field_name,
                      const TextStyle& style, const ParagraphSettings& settings, double width_pt, StructureId parent) {
    return tagged(from_field(paragraph_lines(field.value, style, width_pt, settings, context.metrics), field_name,
                             field.position),
                  context.element(parent, StructureRole::paragraph));
}

VList flap_teaser(const BrochureContext& context) {
    const double width_pt = context.content_width_pt();
    VList teaser = pull_quote(context, width_pt);
    teaser.emplace_back(section_gap());
    append(teaser, context.profile.values.empty() ? people(context, width_pt) : values(context, width_pt));
    if (context.profile.internship) {
        teaser.emplace_back(section_gap());
        append(teaser, internship_callout(context, width_pt));
    }
    return teaser;
}

std::vector<FlowRun> brochure_flow(const BrochureContext& context, bool teaser_apart) {
    const Profile& profile = context.profile;
    const double column_pt = context.column_width_pt();
    const double full_pt = context.content_width_pt();

    std::vector<VList> sections;
    sections.push_back(about(context, column_pt));
    if (!profile.roles.empty()) sections.push_back(roles(context, column_pt));
    sections.push_back(headquarters(context, column_pt));
    // The teaser shows the values, or the people when there are none.
    const bool people_apart = teaser_apart && profile.values.empty();
    if (!profile.values.empty() && !teaser_apart) sections.push_back(values(context, column_pt));
    if (!people_apart) sections.push_back(people(context, column_pt));
    for (std::size_t i = 0; i < profile.sections.size(); ++i) sections.push_back(own_section(context, i, column_pt));

    FlowRun columns;
    for (VList& part : sections) {
        if (!columns.list.empty()) columns.list.emplace_back(section_gap());
        append(columns.list, part);
    }
    std::vector<FlowRun> runs{std::move(columns)};
    if (!profile.videos.empty())
        runs.push_back(FlowRun{true, section(context, context.labels.videos, full_pt, [&](StructureId parent) {
                                   return video_rows(context, full_pt, parent);
                               })});
    if (profile.internship && !teaser_apart) runs.push_back(FlowRun{true, internship_callout(context, full_pt)});
    return runs;
}

}  // namespace brochure
