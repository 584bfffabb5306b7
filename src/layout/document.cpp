#include "layout/document.hpp"

#include <algorithm>

namespace brochure {

namespace {
struct BoundsVisitor {
    const FontMetrics& metrics;

    Rect operator()(const TextRun& run) const {
        const double ascent_pt = metrics.cap_height_em() * run.size_pt;
        const double descent_pt = metrics.descender_em() * run.size_pt;
        return {run.left_pt, run.baseline_pt - ascent_pt, run.width_pt, ascent_pt + descent_pt};
    }
    Rect operator()(const FilledRect& filled) const { return filled.rect; }
    Rect operator()(const FilledRects& filled) const {
        if (filled.rects.empty()) return {};
        double left = filled.rects.front().left_pt, top = filled.rects.front().top_pt;
        double right = filled.rects.front().right_pt(), bottom = filled.rects.front().bottom_pt();
        for (const Rect& r : filled.rects) {
            left = std::min(left, r.left_pt);
            top = std::min(top, r.top_pt);
            right = std::max(right, r.right_pt());
            bottom = std::max(bottom, r.bottom_pt());
        }
        return {left, top, right - left, bottom - top};
    }
    Rect operator()(const LineSegment& line) const {
        const double left = std::min(line.x1_pt, line.x2_pt);
        const double top = std::min(line.y1_pt, line.y2_pt);
        return {left, top, std::max(line.x1_pt, line.x2_pt) - left,
                std::max(line.y1_pt, line.y2_pt) - top};
    }
    Rect operator()(const Link& link) const { return link.rect; }
    Rect operator()(const PlacedImage& image) const { return image.frame; }
};
struct Mover {
    double dx_pt, dy_pt;
    void operator()(TextRun& run) const {
        run.left_pt += dx_pt;
        run.baseline_pt += dy_pt;
    }
    void operator()(FilledRect& filled) const { move(filled.rect); }
    void operator()(FilledRects& filled) const {
        for (Rect& rect : filled.rects) move(rect);
    }
    void operator()(LineSegment& line) const {
        line.x1_pt += dx_pt;
        line.x2_pt += dx_pt;
        line.y1_pt += dy_pt;
        line.y2_pt += dy_pt;
    }
    void operator()(Link& link) const { move(link.rect); }
    void operator()(PlacedImage& image) const { move(image.frame); }
    void move(Rect& rect) const {
        rect.left_pt += dx_pt;
        rect.top_pt += dy_pt;
    }
};
}  // namespace

void translate(Item& item, double dx_pt, double dy_pt) { std::visit(Mover{dx_pt, dy_pt}, item); }

StructureId tag_of(const Item& item) {
    return std::visit([](const auto& alternative) { return alternative.tag; }, item);
}

void tag_from(std::vector<Item>& items, std::size_t first, StructureId tag) {
    for (std::size_t i = first; i < items.size(); ++i)
        std::visit([tag](auto& alternative) { alternative.tag = tag; }, items[i]);
}

Rect bounds_of(const Item& item, const FontMetrics& metrics) {
    return std::visit(BoundsVisitor{metrics}, item);
}

}  // namespace brochure
