// lang/scad/tree_dump.cpp — dump_tree (see tree_dump.h).
#include "lang/scad/tree_dump.h"

namespace cadscribe::lang::scad {
namespace {

void dump(const Node& n, int depth, std::string& out) {
  out.append(size_t(depth), '\t');
  if (n.modifier) out += n.modifier;
  out += n.name + "(";
  for (size_t i = 0; i < n.args.size(); ++i) {
    if (i) out += ", ";
    if (!n.args[i].name.empty()) out += n.args[i].name + " = ";
    out += n.args[i].value.repr();
  }
  out += ")";
  if (n.children.empty()) {
    out += ";\n";
    return;
  }
  out += " {\n";
  for (const auto& c : n.children) dump(c, depth + 1, out);
  out.append(size_t(depth), '\t');
  out += "}\n";
}

}  // namespace

std::string dump_tree(const Node& root) {
  std::string out;
  dump(root, 0, out);
  return out;
}

}  // namespace cadscribe::lang::scad
