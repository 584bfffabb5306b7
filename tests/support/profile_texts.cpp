#include "support/profile_texts.hpp"

namespace brochure::test {
namespace {

std::string indexed(const std::string& list, std::size_t index, const std::string& member = "") {
    return list + "[" + std::to_string(index) + "]" + (member.empty() ? "" : "." + member);
}

void add_list(std::vector<NamedText>& texts, const std::string& list,
              const std::vector<Text>& items) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        texts.push_back({indexed(list, i), items[i].value});
    }
}

}  // namespace

std::vector<NamedText> printed_texts(const Profile& profile) {
    std::vector<NamedText> texts;
    texts.push_back({"name", profile.name.value});
    if (profile.full_name) texts.push_back({"full_name", profile.full_name->value});
    texts.push_back({"tagline", profile.tagline.value});
    add_list(texts, "company_types", profile.company_types);
    add_list(texts, "sectors", profile.sectors);
    texts.push_back({"about", profile.about.value});
    for (std::size_t i = 0; i < profile.roles.size(); ++i) {
        texts.push_back({indexed("roles", i, "name"), profile.roles[i].name.value});
        texts.push_back({indexed("roles", i, "text"), profile.roles[i].text.value});
    }
    const Headquarters& hq = profile.headquarters;
    texts.push_back({"headquarters.city", hq.city.value});
    texts.push_back({"headquarters.country", hq.country.value});
    texts.push_back({"headquarters.address", hq.address.value});
    texts.push_back({"headquarters.description", hq.description.value});
    texts.push_back({"staff.description", profile.staff.description.value});
    for (std::size_t i = 0; i < profile.staff.breakdown.size(); ++i) {
        texts.push_back({indexed("staff.breakdown", i, "label"),
                         profile.staff.breakdown[i].label.value});
    }
    if (profile.international_staff_role) {
        texts.push_back({"international_staff_role", profile.international_staff_role->value});
    }
    for (std::size_t i = 0; i < profile.videos.size(); ++i) {
        const Video& video = profile.videos[i];
        texts.push_back({indexed("videos", i, "title"), video.title.value});
        if (video.caption) texts.push_back({indexed("videos", i, "caption"), video.caption->value});
    }
    if (profile.internship) {
        texts.push_back({"internship.title", profile.internship->title.value});
        texts.push_back({"internship.text", profile.internship->text.value});
    }
    add_list(texts, "values", profile.values);
    return texts;
}

}  // namespace brochure::test
