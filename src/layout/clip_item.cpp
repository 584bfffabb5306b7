#include "layout/clip_item.hpp"

#include <algorithm>
#include <utility>

namespace brochure {

namespace {

std::optional<Rect> intersection(const Rect& a, const Rect& b) {
    const double left_pt = std::max(a.left_pt, b.left_pt);
    const double top_pt = std::max(a.top_pt, b.top_pt);
    const double right_pt = std::min(a.right_pt(), b.right_pt());
    const double bottom_pt = std::min(a.bottom_pt(), b.bottom_pt());
    if (right_pt <= left_pt || bottom_pt <= top_pt) return std::nullopt;
    return Rect{left_pt, top_pt, right_pt - left_pt, bottom_pt - top_pt};
}

struct Clipper {
    const Rect& keep;

    std::optional<Item> operator()(const TextRun& run) const {
        const bool across = run.left_pt < keep.right_pt() && run.left_pt + run.width_pt > keep.left_pt;
        const bool down = run.baseline_pt >= keep.top_pt && run.baseline_pt <= keep.bottom_pt();
        if (across && down) return run;
        return std::nullopt;
    }
    std::optional<Item> operator()(FilledRect filled) const {
        const std::optional<Rect> kept = intersection(filled.rect, keep);
        if (!kept) return std::nullopt;
        filled.rect = *kept;
        return filled;
    }
    std::optional<Item> operator()(FilledRects filled) const {
        std::vector<Rect> kept_rects;
        for (const Rect& rect : filled.rects)
            if (const std::optional<Rect> kept = intersection(rect, keep)) kept_rects.push_back(*kept);
        if (kept_rects.empty()) return std::nullopt;
        filled.rects = std::move(kept_rects);
        return filled;
    }
    // Liang and Barsky's clipping: the segment as x1 + t·dx, y1 + t·dy for t in [0, 1],
    // narrowed by each of the four edges in turn.
    std::optional<Item> operator()(LineSegment line) const {
        const double dx = line.x2_pt - line.x1_pt, dy = line.y2_pt - line.y1_pt;
        double t_in = 0, t_out = 1;
        const auto narrow = [&](double toward_edge, double room) {
            if (toward_edge == 0) return room >= 0;  // parallel to this edge: inside or not at all
            const double t = room / toward_edge;
            if (toward_edge < 0) {
                t_in = std::max(t_in, t);
            } else {
                t_out = std::min(t_out, t);
            }
            return t_in <= t_out;
        };
        if (!narrow(-dx, line.x1_pt - keep.left_pt) || !narrow(dx, keep.right_pt() - line.x1_pt) ||
            !narrow(-dy, line.y1_pt - keep.top_pt) || !narrow(dy, keep.bottom_pt() - line.y1_pt))
            return std::nullopt;
        const double x1_pt = line.x1_pt, y1_pt = line.y1_pt;
        line.x1_pt = x1_pt + t_in * dx;
        line.y1_pt = y1_pt + t_in * dy;
        line.x2_pt = x1_pt + t_out * dx;
        line.y2_pt = y1_pt + t_out * dy;
        return line;
    }
    std::optional<Item> operator()(Link link) const {
        const std::optional<Rect> kept = intersection(link.rect, keep);
        if (!kept) return std::nullopt;
        link.rect = *kept;
        return link;
    }
    std::optional<Item> operator()(PlacedImage image) const {
        const std::optional<Rect> kept = intersection(image.frame, keep);
        if (!kept) return std::nullopt;
        // Pixels per point, the same across and down: images are never stretched.
        const double scale = image.crop_px.width_pt / image.frame.width_pt;
        image.crop_px = Rect{image.crop_px.left_pt + (kept->left_pt - image.frame.left_pt) * scale,
                             image.crop_px.top_pt + (kept->top_pt - image.frame.top_pt) * scale,
                             kept->width_pt * scale, kept->height_pt * scale};
        image.frame = *kept;
        return image;
    }
};

}  // namespace

std::optional<Item> clipped_to(const Item& item, const Rect& keep) {
    return std::visit(Clipper{keep}, item);
}

}  // namespace brochure
