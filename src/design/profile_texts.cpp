#include "design/profile_texts.hpp"

namespace brochure {

std::vector<std::pair<std::string, const Text*>> profile_texts(const Profile& profile) {
    std::vector<std::pair<std::string, const Text*>> texts;
    auto add = [&](std::string name, const Text& text) { texts.emplace_back(std::move(name), &text); };
    auto add_list = [&](const std::string& name, const std::vector<Text>& list) {
        for (std::size_t i = 0; i < list.size(); ++i) add(name + "[" + std::to_string(i) + "]", list[i]);
    };

    add("name", profile.name);
    if (profile.full_name) add("full_name", *profile.full_name);
    add("tagline", profile.tagline);
    add_list("company_types", profile.company_types);
    add_list("sectors", profile.sectors);
    add("about", profile.about);
    for (std::size_t i = 0; i < profile.roles.size(); ++i) {
        const std::string prefix = "roles[" + std::to_string(i) + "]";
        add(prefix + ".name", profile.roles[i].name);
        add(prefix + ".text", profile.roles[i].text);
    }
    add("headquarters.city", profile.headquarters.city);
    add("headquarters.country", profile.headquarters.country);
    add("headquarters.address", profile.headquarters.address);
    add("headquarters.description", profile.headquarters.description);
    add("staff.description", profile.staff.description);
    for (std::size_t i = 0; i < profile.staff.breakdown.size(); ++i)
        add("staff.breakdown[" + std::to_string(i) + "].label", profile.staff.breakdown[i].label);
    for (std::size_t i = 0; i < profile.sections.size(); ++i) {
        const std::string prefix = "sections[" + std::to_string(i) + "]";
        add(prefix + ".title", profile.sections[i].title);
        add(prefix + ".text", profile.sections[i].text);
    }
    for (std::size_t i = 0; i < profile.videos.size(); ++i) {
        const std::string prefix = "videos[" + std::to_string(i) + "]";
        add(prefix + ".title", profile.videos[i].title);
        if (profile.videos[i].caption) add(prefix + ".caption", *profile.videos[i].caption);
    }
    if (profile.internship) {
        add("internship.title", profile.internship->title);
        add("internship.text", profile.internship->text);
    }
    add_list("values", profile.values);
    return texts;
}

}  // namespace brochure
