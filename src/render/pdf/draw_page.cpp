#include "render/pdf/draw_page.hpp"

#include <hpdf_pages.h>
#include <fmt/format.h>

#include <cmath>
#include <cstddef>
#include <optional>
#include <variant>

#include "fonts/font_units.hpp"
#include "render/pdf/embedded_font.hpp"
#include "render/pdf/image_objects.hpp"
#include "render/pdf/page_content.hpp"
#include "render/pdf/rects_path.hpp"
#include "render/pdf/pdf_coordinates.hpp"
#include "render/pdf/text_string.hpp"

namespace brochure {

namespace {

// The gaps between a line's words in its TJ are written to a tenth of a thousandth of an
// em: 0.001 pt at 10 pt, as fine as page coordinates, and the text position they leave is
// tracked as rounded, so that the errors never add up along a line.
constexpr int kGapDecimals = 1;
constexpr double kGapSteps = 10;

// PDF URIs must be 7-bit ASCII: bytes outside printable ASCII are percent-encoded.
std::string ascii_uri_from_url(const std::string& url) {
    std::string uri;
    for (char c : url) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte > 0x20 && byte < 0x7F)
            uri += c;
        else
            uri += fmt::format("%{:02X}", byte);
    }
    return uri;
}

HPDF_REAL real(double value) { return static_cast<HPDF_REAL>(value); }

class ItemPainter {
public:
    ItemPainter(const HaruDocument& document, HPDF_Page page, std::size_t page_index, const PageFrame& frame,
                const EmbeddedFonts& fonts, ImageObjects& images, const RenderOptions& options, TaggedContent& tagged)
        : document_(document), page_(page), page_index_(page_index), frame_(frame), fonts_(fonts), images_(images),
          options_(options), tagged_(tagged), marker_(page, page_index, tagged) {}

    /// Puts what is drawn next into the marked content of `tag`: a new sequence unless the
    /// last item's was the same. A sequence never spans a text object's end.
    std::string mark(StructureId tag) {
        if (!marker_.changes_to(tag)) return {};
        if (!end_text()) return document_.failure("ending a text object");
        return marker_.begin(tag) ? std::string() : document_.failure("marking content");
    }

    /// Whether the next text run drawn ends with a space that the layout only showed as room.
    void set_space_after(bool space) { space_after_ = space; }

    /// Ends the text object and the marked content left open by the last items.
    std::string finish() {
        if (!end_text()) return document_.failure("ending a text object");
        return marker_.end() ? std::string() : document_.failure("marking content");
    }

    // Consecutive runs share one text object, and the font and colour are only set when
    // they change: a justified line is one run per word, and repeating them for each word
    // would double the page's content stream. The runs of one line in one font, size and
    // colour are shown by one TJ, each word's place given as the gap from where the last
    // left the text position; a new line moves from the last line's start (Td is
    // relative). Text is shown as the subset's glyph ids.
    std::string operator()(const TextRun& run) {
        if (run.text.empty()) return {};
        const EmbeddedFont& font = fonts_[static_cast<std::size_t>(run.face)];
        if (font.dictionary == nullptr) return fmt::format("drawing text \"{}\": its face is not embedded", run.text);
        const std::string shown = space_after_ ? run.text + ' ' : run.text;
        const std::string glyphs = glyph_id_string(*font.subset, shown);
        const double width_pt = shown_width_em(*font.subset, shown) * run.size_pt;
        const double x = frame_.x(run.left_pt);
        const double y = frame_.y(run.baseline_pt);
        if (continues_line(run, font, y)) {
            // TJ's numbers move left, in thousandths of the font size.
            const double milli_em_per_pt = static_cast<double>(kMilliEmPerEm) / run.size_pt;
            const double gap = std::round((text_x_ - x) * milli_em_per_pt * kGapSteps) / kGapSteps;
            if (gap != 0) line_strings_ += pdf_number(gap, kGapDecimals);
            line_strings_ += glyphs;
            ++line_string_count_;
            text_x_ += -gap / milli_em_per_pt + width_pt;
            return {};
        }
        std::string operators;
        if (!show_line()) return document_.failure(fmt::format("drawing text \"{}\"", run.text));
        if (!in_text_) {
            operators = "BT\n";
            in_text_ = true;
            line_x_ = line_y_ = 0;
        }
        if (font.dictionary != font_ || run.size_pt != size_pt_) {
            const char* name = HPDF_Page_GetLocalFontName(page_, font.dictionary);
            if (name == nullptr) return document_.failure(fmt::format("adding the font of \"{}\" to the page", run.text));
            operators += fmt::format("/{} {} Tf\n", name, pdf_number(run.size_pt));
            font_ = font.dictionary;
            size_pt_ = run.size_pt;
        }
        if (!write_page_operators(page_, operators) || !set_fill(run.color))
            return document_.failure(fmt::format("drawing text \"{}\"", run.text));
        // Td moves by what it is written as, so the line starts are tracked as written: the
        // rounding of one never carries into the next.
        const double move_x = pdf_rounded(x - line_x_), move_y = pdf_rounded(y - line_y_);
        if (!write_page_operators(page_, fmt::format("{} {} Td\n", pdf_number(move_x), pdf_number(move_y))))
            return document_.failure(fmt::format("drawing text \"{}\"", run.text));
        line_x_ += move_x;
        line_y_ += move_y;
        line_strings_ = glyphs;
        line_string_count_ = 1;
        text_x_ = line_x_ + width_pt;
        return {};
    }

    /// Closes the text object left open by the last runs, if any; false when writing fails.
    bool end_text() {
        if (!in_text_) return true;
        in_text_ = false;
        return show_line() && write_page_operators(page_, "ET\n");
    }

    std::string operator()(const FilledRect& item) {
        if (!end_text()) return document_.failure("ending a text object");
        const bool drawn = set_fill(item.color) && append_rect(item.rect) &&
                           HPDF_Page_Fill(page_) == HPDF_OK;
        return drawn ? std::string() : document_.failure("drawing a filled rectangle");
    }

    std::string operator()(const FilledRects& item) {
        if (item.rects.empty()) return {};
        if (!end_text()) return document_.failure("ending a text object");
        const bool drawn = set_fill(item.color) && write_page_operators(page_, filled_rects_operators(item.rects, frame_));
        return drawn ? std::string() : document_.failure("drawing a group of rectangles");
    }

    std::string operator()(const LineSegment& line) {
        if (!end_text()) return document_.failure("ending a text object");
        const bool drawn =
            set_stroke(line.color) &&
            HPDF_Page_SetLineWidth(page_, real(line.width_pt)) == HPDF_OK &&
            HPDF_Page_MoveTo(page_, real(frame_.x(line.x1_pt)), real(frame_.y(line.y1_pt))) == HPDF_OK &&
            HPDF_Page_LineTo(page_, real(frame_.x(line.x2_pt)), real(frame_.y(line.y2_pt))) == HPDF_OK &&
            HPDF_Page_Stroke(page_) == HPDF_OK;
        return drawn ? std::string() : document_.failure("drawing a line");
    }

    std::string operator()(const Link& link) {
        if (!options_.links) return {};
        const PdfRect area = frame_.rect(link.rect);
        const HPDF_Rect haru_area{real(area.left_pt), real(area.bottom_pt),
                                  real(area.left_pt + area.width_pt),
                                  real(area.bottom_pt + area.height_pt)};
        const std::string uri = ascii_uri_from_url(link.url);
        HPDF_Annotation annotation = HPDF_Page_CreateURILinkAnnot(page_, haru_area, uri.c_str());
        // A zero-width border draws nothing; /F 4 marks the annotation printable; /Contents
        // is what a screen reader says for it.
        void* contents = new_text_string(document_.handle(), link.url);
        const bool made = annotation != nullptr && contents != nullptr &&
                          HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0) == HPDF_OK &&
                          HPDF_Dict_AddNumber(annotation, "F", 4) == HPDF_OK &&
                          HPDF_Dict_Add(annotation, "Contents", contents) == HPDF_OK;
        if (!made) return document_.failure(fmt::format("adding the link {}", link.url));
        if (link.tag != kArtifact) tagged_.add_annotation(page_index_, link.tag, annotation);
        return {};
    }

    std::string operator()(const PlacedImage& placement) {
        if (!end_text()) return document_.failure("ending a text object");
        std::string error;
        HPDF_Image image = images_.image_for(placement, error);
        if (!image) return error;
        const PdfRect area = frame_.rect(placement.frame);
        const bool drawn = HPDF_Page_DrawImage(page_, image, real(area.left_pt), real(area.bottom_pt),
                                               real(area.width_pt), real(area.height_pt)) == HPDF_OK;
        return drawn ? std::string() : document_.failure("drawing an image");
    }

private:
    // A colour's inks: those it names, else its sRGB value through the output profile
    // (render_pdf refuses device_cmyk without one).
    Cmyk inks_of(const Color& color) const {
        return color.print ? *color.print : options_.image_policy.conversion->inks(color);
    }

    // Whether `run` goes on the line being shown: the same text object, font, size,
    // colour and baseline.
    bool continues_line(const TextRun& run, const EmbeddedFont& font, double y) const {
        return in_text_ && line_string_count_ > 0 && font.dictionary == font_ && run.size_pt == size_pt_ && fill_ &&
               *fill_ == run.color && pdf_rounded(y - line_y_) == 0;
    }

    // Writes the line's strings: one Tj, or one TJ for several. False when writing fails.
    bool show_line() {
        if (line_string_count_ == 0) return true;
        const std::string operators = line_string_count_ == 1 ? line_strings_ + " Tj\n" : "[" + line_strings_ + "] TJ\n";
        line_strings_.clear();
        line_string_count_ = 0;
        return write_page_operators(page_, operators);
    }

    // Sets the fill colour in the document's colour space (rg, or k with the print inks),
    // unless it is the current one.
    bool set_fill(const Color& color) {
        if (fill_ && *fill_ == color) return true;
        fill_ = color;
        if (options_.color_space == ColorSpace::device_rgb)
            return HPDF_Page_SetRGBFill(page_, real(color.red), real(color.green), real(color.blue)) == HPDF_OK;
        const Cmyk inks = inks_of(color);
        return HPDF_Page_SetCMYKFill(page_, real(inks.cyan), real(inks.magenta), real(inks.yellow),
                                     real(inks.black)) == HPDF_OK;
    }

    // Sets the stroke colour in the document's colour space: RG, or K with the print inks.
    bool set_stroke(const Color& color) const {
        if (options_.color_space == ColorSpace::device_rgb)
            return HPDF_Page_SetRGBStroke(page_, real(color.red), real(color.green), real(color.blue)) == HPDF_OK;
        const Cmyk inks = inks_of(color);
        return HPDF_Page_SetCMYKStroke(page_, real(inks.cyan), real(inks.magenta), real(inks.yellow),
                                       real(inks.black)) == HPDF_OK;
    }

    bool append_rect(const Rect& rect) const {
        const PdfRect area = frame_.rect(rect);
        return HPDF_Page_Rectangle(page_, real(area.left_pt), real(area.bottom_pt),
                                   real(area.width_pt), real(area.height_pt)) == HPDF_OK;
    }

    const HaruDocument& document_;
    HPDF_Page page_;
    std::size_t page_index_;
    PageFrame frame_;
    const EmbeddedFonts& fonts_;
    ImageObjects& images_;
    const RenderOptions& options_;
    TaggedContent& tagged_;
    PageMarker marker_;
    bool in_text_ = false;
    bool space_after_ = false;
    HPDF_Dict font_ = nullptr;  ///< the current font, once one is set in the text object
    double size_pt_ = 0;
    std::string line_strings_;  ///< the strings of the line being shown, with their gaps: TJ's operand
    int line_string_count_ = 0;
    double text_x_ = 0;  ///< where the reader's text position is after line_strings_, in PDF coordinates
    double line_x_ = 0;  ///< where the last run started, in PDF coordinates: Td moves from there
    double line_y_ = 0;
    std::optional<Color> fill_;  ///< the current fill colour, once one is set
};

// Whether the word of run `index` of `items` is followed by a space the layout shows only as
// room: the next run of its element starts further right on its baseline (justified words
// are placed one by one), or on a later line, unless the word ends with a hyphen. A space
// is then drawn after it (where it shows nothing), so that text read from the structure
// or copied has its words apart.
bool space_after(const std::vector<Item>& items, std::size_t index) {
    constexpr double kLeastWordGapEm = 0.1;  // kerned pieces of one word touch; words are further apart
    const auto& run = std::get<TextRun>(items[index]);
    if (run.tag == kArtifact || run.text.empty() || run.text.back() == ' ') return false;
    for (std::size_t next = index + 1; next < items.size(); ++next) {
        const auto* following = std::get_if<TextRun>(&items[next]);
        if (following == nullptr || following->tag != run.tag) continue;
        if (following->baseline_pt > run.baseline_pt + 1e-6) return run.text.back() != '-';
        return following->left_pt - (run.left_pt + run.width_pt) > kLeastWordGapEm * run.size_pt;
    }
    return false;
}

}  // namespace

std::string draw_page(const HaruDocument& document, HPDF_Page haru_page, const Page& page, std::size_t page_index,
                      const EmbeddedFonts& fonts, ImageObjects& images, const RenderOptions& options,
                      TaggedContent& tagged) {
    ItemPainter painter(document, haru_page, page_index, PageFrame::of(page), fonts, images, options, tagged);
    for (const auto* items : {&page.items, &page.marks})
        for (std::size_t i = 0; i < items->size(); ++i) {
            const Item& item = (*items)[i];
            // An annotation is no content: it joins its element in the structure tree alone.
            if (!std::holds_alternative<Link>(item))
                if (std::string reason = painter.mark(tag_of(item)); !reason.empty()) return reason;
            if (std::holds_alternative<TextRun>(item)) painter.set_space_after(space_after(*items, i));
            if (std::string reason = std::visit(painter, item); !reason.empty()) return reason;
        }
    return painter.finish();
}

}  // namespace brochure
