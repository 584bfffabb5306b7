#include "layout/imposition.hpp"

#include <map>
#include <utility>

#include "layout/clip_item.hpp"

namespace brochure {

Document impose(Document document, const std::vector<SheetSide>& sides, double bleed_pt, double mark_area_pt) {
    std::vector<Page> sheets;
    std::map<std::size_t, int> side_of_page;
    for (std::size_t side_index = 0; side_index < sides.size(); ++side_index) {
        const SheetSide& side = sides[side_index];
        Page sheet{side.width_pt, side.height_pt, {}, bleed_pt, mark_area_pt, {}};
        for (const PagePlacement& placement : side.pages) {
            for (const Item& item : document.pages.at(placement.page).items) {
                std::optional<Item> kept = clipped_to(item, placement.keep);
                if (!kept) continue;
                translate(*kept, placement.left_pt, 0);
                sheet.items.push_back(std::move(*kept));
            }
            side_of_page.emplace(placement.page, static_cast<int>(side_index));
        }
        sheets.push_back(std::move(sheet));
    }
    // The outline keeps reading order, whichever side a section is printed on.
    std::vector<Bookmark> bookmarks;
    for (Bookmark bookmark : document.bookmarks) {
        const auto side = side_of_page.find(static_cast<std::size_t>(bookmark.page_index));
        if (side == side_of_page.end()) continue;
        bookmark.page_index = side->second;
        bookmarks.push_back(std::move(bookmark));
    }
    document.pages = std::move(sheets);
    document.bookmarks = std::move(bookmarks);
    return document;
}

}  // namespace brochure
