"""The spec programs of tests/spec/scad: (stem, title, keys, body). See gen_expect.py."""

P = []


def add(stem, title, keys, body):
    P.append((stem, title, keys, body))


# --- primitives -------------------------------------------------------------------------------
add("001_cube_default", "cube() with no arguments is the unit cube at the origin", "v t b", "cube();")
add("002_cube_vector", "cube with a size vector", "v t b", "cube([10, 20, 30]);")
add("003_cube_center", "centred cube (size as a number)", "v t b", "translate([5,5,5]) cube(10, center=true);")
add("004_cube_named", "cube with named size and center=false", "v t b", "cube(size=[3,4,5], center=false);")
add("005_sphere_default", "sphere() is r=1 with the default $fa/$fs (5 fragments, 3 rings)", "v t b", "sphere();")
add("006_sphere_r5", "sphere(r=5): 16 fragments from $fs=2", "v t b", "sphere(r=5);")
add("007_sphere_d", "sphere by diameter with $fn", "v t b", "sphere(d=10, $fn=24);")
add("008_sphere_fn_odd", "sphere with an odd $fn (rings = (fn+1)/2)", "v t b", "sphere(r=3, $fn=7);")
add("009_sphere_fa_fs", "sphere whose fragments come from $fa (big radius)", "v t b", "sphere(r=50, $fa=10, $fs=1);")
add("010_cylinder_default", "cylinder() is h=1, r=1", "v t b", "cylinder();")
add("011_cylinder_fn6", "a $fn=6 cylinder is a hexagonal prism: 6*2 + 2*4 = 20 triangles", "v t b",
    "cylinder(h=10, r=5, $fn=6);")
add("012_cylinder_center", "centred cylinder by diameter", "v t b", "cylinder(h=4, d=6, center=true);")
add("013_cone", "a cone: r2=0 gives one apex vertex", "v t b", "cylinder(h=10, r1=3, r2=0, $fn=12);")
add("014_cone_inverted", "an inverted cone: r1=0", "v t b", "cylinder(h=10, r1=0, r2=4, $fn=16);")
add("015_frustum", "a frustum with fragments from $fa/$fs of the larger radius", "v t b",
    "cylinder(h=5, r1=2, r2=4, $fa=5, $fs=0.5);")
add("016_cylinder_positional", "cylinder(h, r1, r2) positional", "v t b", "cylinder(8, 2, 3, $fn=10);")
add("017_cylinder_d1_d2", "cylinder with d1/d2", "v t b", "cylinder(h=6, d1=8, d2=4, $fn=20);")
add("018_polyhedron_tetra", "a tetrahedron from points and faces", "v t b",
    "polyhedron(points=[[0,0,0],[10,0,0],[0,10,0],[0,0,10]], faces=[[0,1,2],[0,3,1],[0,2,3],[1,3,2]]);")
add("019_polyhedron_cube_quads", "a cube as a polyhedron with quad faces", "v b",
    """polyhedron(
  points=[[0,0,0],[10,0,0],[10,7,0],[0,7,0],[0,0,5],[10,0,5],[10,7,5],[0,7,5]],
  faces=[[0,1,2,3],[4,5,1,0],[7,6,5,4],[5,6,2,1],[6,7,3,2],[7,4,0,3]]);""")
add("020_polyhedron_triangles", "the deprecated triangles= parameter still works", "v t",
    "polyhedron(points=[[0,0,0],[4,0,0],[0,4,0],[0,0,4]], triangles=[[0,1,2],[0,3,1],[0,2,3],[1,3,2]]);")
add("021_polyhedron_pyramid", "a square pyramid (mixed quad and triangle faces)", "v b",
    "polyhedron(points=[[10,10,0],[10,-10,0],[-10,-10,0],[-10,10,0],[0,0,10]],"
    " faces=[[0,1,4],[1,2,4],[2,3,4],[3,0,4],[1,0,3],[2,1,3]]);")
add("022_sphere_tiny_fs", "$fs below 0.01 is clamped (with a warning)", "v W:runtime.bad_argument",
    "sphere(r=0.05, $fs=0.001, $fa=1);")

# --- transforms -------------------------------------------------------------------------------
add("030_translate", "translate moves without changing volume", "v b", "translate([10,-5,3]) cube([1,2,3]);")
add("031_rotate_z", "rotate(45) about z", "v b", "rotate(45) cube([10,10,2]);")
add("032_rotate_xyz", "rotate([x,y,z]) rotates about x, then y, then z", "v b",
    "rotate([30, 45, 60]) cube([10,4,2]);")
add("033_rotate_axis", "rotate(a, v) about an arbitrary axis", "v b", "rotate(a=60, v=[1,1,0]) cube([8,3,1]);")
add("034_scale_vector", "scale by a vector", "v b", "scale([2,1,0.5]) sphere(r=4, $fn=16);")
add("035_scale_scalar", "scale by a number", "v b", "scale(3) cube(2);")
add("036_mirror", "mirror in the plane x=0 keeps the volume", "v b", "mirror([1,0,0]) cylinder(h=3, r1=2, r2=1, $fn=9);")
add("037_mirror_diag", "mirror in a diagonal plane", "v b", "mirror([1,1,0]) translate([5,0,0]) cube([2,3,4]);")
add("038_multmatrix", "multmatrix with a shear", "v b",
    "multmatrix([[1,0.5,0,0],[0,1,0,0],[0,0,1,0]]) cube([10,10,10]);")
add("039_multmatrix_4x4", "multmatrix 4x4 with translation", "v b",
    "multmatrix([[2,0,0,1],[0,1,0,2],[0,0,1,3],[0,0,0,1]]) cube(5);")
add("040_resize", "resize to an exact size", "v b", "resize([20,10,5]) sphere(r=3, $fn=20);")
add("041_resize_auto", "resize with auto scales the other axes by the same factor", "v b",
    "resize([30,0,0], auto=true) cube([10,5,2]);")
add("042_color_render", "color() and render() change no geometry", "v t b",
    "color(\"red\") render(convexity=2) cube([2,3,4]);")
add("043_nested_transforms", "transforms compose from the inside out", "v b",
    "translate([5,0,0]) rotate([0,0,90]) scale([2,1,1]) cube([1,2,3]);")
add("044_rotate_90_exact", "rotate(90) is exact: the box stays axis aligned", "v b",
    "rotate([90,0,0]) cube([1,2,3]);")
add("045_mirror_union", "a mirrored copy unioned with the original", "v b",
    "union() { translate([1,0,0]) cube(2); mirror([1,0,0]) translate([1,0,0]) cube(2); }")

# --- CSG ----------------------------------------------------------------------------------------
add("050_union_overlap", "union of two overlapping cubes", "v b",
    "union() { cube(10); translate([5,5,5]) cube(10); }")
add("051_difference_hole", "a plate with a cylindrical hole", "v b",
    "difference() { cube([20,20,5]); translate([10,10,-1]) cylinder(h=7, r=4, $fn=32); }")
add("052_intersection", "intersection of a cube and a sphere", "v b",
    "intersection() { cube(10, center=true); sphere(r=6.5, $fn=32); }")
add("053_difference_many", "difference subtracts every later child", "v b",
    "difference() { cube([30,10,10]); for (i=[0:2]) translate([5+i*10,5,-1]) cylinder(h=12, r=2, $fn=16); }")
add("054_implicit_union", "top-level objects are unioned", "v b", "cube(5); translate([3,0,0]) cube(5);")
add("055_intersection_for", "intersection_for over rotated boxes", "v b",
    "intersection_for(a=[0,60,120]) rotate(a) cube([20,8,4], center=true);")
add("056_hull_3d", "hull of two spheres", "v b",
    "hull() { sphere(r=2, $fn=16); translate([10,0,0]) sphere(r=2, $fn=16); }")
add("057_hull_cubes", "hull of cubes at the corners", "v b",
    "hull() { for (x=[0,10], y=[0,10]) translate([x,y,0]) cube([1,1,2]); }")
add("058_minkowski_cube_sphere", "minkowski of a cube and a sphere rounds its edges", "v b tol=0.5",
    "minkowski() { cube([10,10,4], center=true); sphere(r=1, $fn=12); }")
add("059_minkowski_cube_cylinder", "minkowski of a cube and a cylinder", "v b",
    "minkowski() { cube([10,6,2]); cylinder(r=1, h=1, $fn=8); }")
add("060_nested_csg", "openscad's example002-like nested CSG", "v b",
    """intersection() {
  difference() {
    union() { cube([30,30,30], center=true); translate([0,0,-25]) cube([15,15,50], center=true); }
    union() { cube([50,10,10], center=true); cube([10,50,10], center=true); cube([10,10,50], center=true); }
  }
  translate([0,0,5]) cylinder(h=50, r1=20, r2=5, center=true);
}""")
add("061_difference_coplanar", "difference with a coplanar top face (exact CSG handles it)", "v b",
    "difference() { cube(10); translate([2,2,5]) cube([6,6,5]); }")
add("062_union_touching", "union of two cubes sharing a face (openscad's Nef merges the seam: 12 triangles)", "v b",
    "cube(5); translate([5,0,0]) cube(5);")
add("063_fifty_spheres", "the 50-sphere union of the issue's benchmark", "v b",
    "union(){for(i=[0:49]) translate([i*3,sin(i*20)*10,0]) sphere(r=2.5,$fn=24);}")
add("064_difference_empty_result", "a difference that removes everything is empty", "empty",
    "difference() { cube(5); translate([-1,-1,-1]) cube(10); }")
add("065_intersection_disjoint", "intersection of disjoint objects is empty", "empty",
    "intersection() { cube(5); translate([10,0,0]) cube(5); }")
add("066_background_ignored", "a % (background) child is not part of the result", "v b",
    "difference() { cube(10); %translate([5,5,5]) sphere(r=8); }")
add("067_debug_kept", "a # (debug) child is kept", "v b",
    "difference() { cube(10); #translate([5,5,-1]) cylinder(h=12, r=2, $fn=12); }")
add("068_disable_dropped", "a * (disable) subtree is dropped", "v b t", "cube(3); *sphere(r=10);")
add("069_root_modifier", "! makes one subtree the whole result", "v b t", "cube(30); !translate([1,1,1]) cube(2);")
add("070_hull_mixed", "hull of a cylinder and a cube", "v b",
    "hull() { cylinder(h=2, r=5, $fn=20); translate([0,0,8]) cube(2, center=true); }")

# --- 2D and extrusions --------------------------------------------------------------------------
add("080_square_extrude", "square extruded by height", "v t b", "linear_extrude(height=5) square([4,6]);")
add("081_circle_extrude", "circle extruded; positional height", "v t b", "linear_extrude(3) circle(r=5, $fn=20);")
add("082_extrude_center", "linear_extrude center=true", "v b",
    "linear_extrude(height=10, center=true) square(4, center=true);")
add("083_extrude_twist", "twisted extrusion; default slices from the twist rule", "v b t",
    "linear_extrude(height=10, twist=90) square([6,2], center=true);")
add("084_extrude_twist_slices", "twisted extrusion with explicit slices", "v b t",
    "linear_extrude(height=20, twist=45, slices=10) square([10,10]);")
add("085_extrude_scale", "extrusion with a scale (a frustum)", "v b",
    "linear_extrude(height=10, scale=0.5) square(10, center=true);")
add("086_extrude_scale_vec", "extrusion with a vector scale", "v b",
    "linear_extrude(height=5, scale=[2,0.5]) circle(r=3, $fn=16);")
add("087_extrude_default_height", "linear_extrude without height is 100 high", "v b", "linear_extrude() square(1);")
add("088_polygon_simple", "a polygon from points", "v b",
    "linear_extrude(2) polygon([[0,0],[10,0],[10,5],[5,8],[0,5]]);")
add("089_polygon_paths_hole", "a polygon with a hole via paths", "v b",
    "linear_extrude(1) polygon(points=[[0,0],[10,0],[10,10],[0,10],[3,3],[7,3],[7,7],[3,7]],"
    " paths=[[0,1,2,3],[4,5,6,7]]);")
add("090_polygon_concave", "a concave polygon", "v b",
    "linear_extrude(4) polygon([[0,0],[10,0],[10,10],[5,3],[0,10]]);")
add("091_2d_difference", "2D difference then extrusion", "v b",
    "linear_extrude(2) difference() { square(10); translate([5,5]) circle(r=3, $fn=24); }")
add("092_2d_union", "2D union then extrusion", "v b",
    "linear_extrude(1) union() { square(4); translate([2,2]) square(4); }")
add("093_2d_intersection", "2D intersection then extrusion", "v b",
    "linear_extrude(1) intersection() { circle(r=5, $fn=30); square(6, center=true); }")
add("094_2d_hull", "2D hull of circles", "v b",
    "linear_extrude(1) hull() { circle(r=1, $fn=12); translate([8,0]) circle(r=2, $fn=12); }")
add("095_rotate_extrude_ring", "rotate_extrude of an offset square is a washer", "v b",
    "rotate_extrude($fn=32) translate([5,0]) square([2,3]);")
add("096_rotate_extrude_torus", "rotate_extrude of a circle is a torus", "v b",
    "rotate_extrude($fn=24) translate([6,0]) circle(r=2, $fn=12);")
add("097_rotate_extrude_angle", "rotate_extrude with angle", "v b",
    "rotate_extrude(angle=90, $fn=40) translate([4,0]) square([2,2]);")
add("098_rotate_extrude_default_fn", "rotate_extrude with fragments from the profile's max x", "v b",
    "rotate_extrude() translate([10,0]) square([1,5]);")
add("099_offset_r", "offset(r) grows with round corners", "v b tol=0.5",
    "linear_extrude(1) offset(r=2) square(10);")
add("100_offset_delta", "offset(delta) grows with mitred corners", "v b",
    "linear_extrude(1) offset(delta=1) square(10);")
add("101_offset_chamfer", "offset(delta, chamfer=true) cuts the corners", "v b",
    "linear_extrude(1) offset(delta=1, chamfer=true) square(10);")
add("102_offset_shrink", "a negative offset shrinks", "v b",
    "linear_extrude(1) offset(delta=-1) square(10);")
add("103_projection", "projection of a sphere is a disc", "v b tol=0.5",
    "linear_extrude(1) projection() sphere(r=5, $fn=24);")
add("104_projection_cut", "projection(cut=true) is the section at z=0", "v b",
    "linear_extrude(1) projection(cut=true) translate([0,0,-2]) cube([4,6,5]);")
add("105_2d_minkowski", "2D minkowski of a square and a circle", "v b tol=0.5",
    "linear_extrude(1) minkowski() { square(10); circle(r=1, $fn=16); }")
add("106_square_center", "centred square transformed in 2D", "v b",
    "linear_extrude(2) rotate(45) square(4, center=true);")
add("107_circle_d", "circle by diameter", "v t b", "linear_extrude(1) circle(d=8, $fn=10);")
add("108_mirror_2d", "mirror a 2D shape", "v b",
    "linear_extrude(1) mirror([1,0]) polygon([[0,0],[5,0],[0,3]]);")
add("109_resize_2d", "resize a 2D shape", "v b", "linear_extrude(1) resize([10,4]) circle(r=1, $fn=20);")

# --- language -----------------------------------------------------------------------------------
add("120_module_defaults", "a module with default and named arguments", "v b",
    "module block(w=2, h=3) { cube([w, w, h]); }\nblock(); translate([5,0,0]) block(h=1, w=4);")
add("121_recursive_module", "a recursive module (a staircase)", "v b",
    "module steps(n) { if (n > 0) { cube([n, 1, 1]); translate([0,1,1]) steps(n-1); } }\nsteps(5);")
add("122_children", "children() and $children", "v b e",
    "module row() { echo($children); for (i=[0:$children-1]) translate([i*5,0,0]) children(i); }\n"
    "row() { cube(1); sphere(1, $fn=8); cylinder(h=2, r=1, $fn=8); }")
add("123_for_range", "for over a range with a step", "v b",
    "for (x=[0:2:8]) translate([x,0,0]) cube(1);")
add("124_for_vector", "for over a vector of vectors", "v b",
    "for (p=[[0,0],[3,1],[6,-2]]) translate([p[0],p[1],0]) cube([1,1,p[0]+1]);")
add("125_list_comprehension", "list comprehension feeding polygon()", "v b",
    "pts=[for (i=[0:5]) [10*cos(i*60), 10*sin(i*60)]];\nlinear_extrude(1) polygon(pts);")
add("126_let_each", "let and each in comprehensions", "e",
    "v=[for (i=[1:3]) let(s=i*i) s];\necho(v);\necho([each [1,2], each [3]]);\n"
    "echo([for (i=[0:4]) if (i%2==0) i else -i]);")
add("127_functions", "recursive functions", "e",
    "function fact(n) = n <= 1 ? 1 : n * fact(n-1);\nfunction sum(v, i=0) = i >= len(v) ? 0 : v[i] + sum(v, i+1);\n"
    "echo(fact(10)); echo(sum([1,2,3,4.5]));")
add("128_echo_formats", "echo of every value type", "e",
    "echo(1, 2.5, -0, 1e20, 1/3, \"s\", true, undef, [1,[2,\"x\"]], [0:2:6]);")
add("129_str_functions", "string builtins", "e",
    "echo(str(\"a\", 1, [2,3]), len(\"hello\"), chr(65), ord(\"a\"), concat([1],[2,3]), search(\"b\", \"abc\"));")
add("130_math_functions", "math builtins in degrees", "e",
    "echo(sin(30), cos(60), tan(45), atan2(1,1), sqrt(16), pow(2,10), abs(-3), floor(2.7), ceil(2.1),"
    " round(2.5), min(3,1,2), max([4,9,2]), norm([3,4]), cross([1,0,0],[0,1,0]), exp(0), ln(1), log(100));")
add("131_lookup", "lookup() interpolates", "e", "echo(lookup(1.5, [[0,0],[1,10],[2,30]]), lookup(5, [[0,0],[1,10]]));")
add("132_special_fn_inherit", "$fn set on a module call applies to its children", "v t",
    "module ball() sphere(r=3);\nball($fn=8);")
add("133_special_fn_global", "a global $fn applies to every primitive", "v t",
    "$fn = 10;\ncylinder(h=2, r=1);")
add("134_dynamic_scope", "user $ variables have dynamic scope", "e",
    "module show() echo($level);\nmodule outer() { $level = 2; show(); }\n$level = 1; show(); outer();")
add("135_variable_override", "the last assignment wins, at the place of the first", "e",
    "a = 1; echo(a); a = 2;")
add("136_is_functions", "type test builtins", "e",
    "echo(is_num(1), is_string(\"a\"), is_list([]), is_bool(true), is_undef(undef), is_function(function(x) x));")
add("137_function_literal", "function literals and higher-order use", "e",
    "f = function(x) x * 2;\nfunction apply(g, v) = [for (x = v) g(x)];\necho(apply(f, [1,2,3]));")
add("138_c_style_for", "C-style for in a list comprehension", "e", "echo([for (i=0; i<5; i=i+1) i*i]);")
add("139_ranges", "ranges enumerate as openscad does", "e",
    "echo([for (i=[0:3]) i], [for (i=[5:-1:2]) i], [for (i=[0:0.5:2]) i]);")
add("140_if_else", "if/else choose geometry", "v b",
    "big = true;\nif (big) cube(5); else cube(1);\nif (!big) sphere(10);")
add("141_include_lib", "include<> brings variables and modules", "v b e",
    "include <data/lib.scad>\necho(lib_size, lib_double(3));\nlib_block();")
add("142_use_lib", "use<> brings modules and functions but not variables", "v b e",
    "use <data/lib.scad>\necho(lib_double(5));\nlib_block(2);")
add("143_assert_ok", "assert that holds", "v", "assert(1 + 1 == 2, \"math works\");\ncube(2);")
add("144_vector_ops", "vector arithmetic", "e", "echo([1,2,3] + [1,1,1], [1,2] * 2, [1,2,3] * [4,5,6], -[1,2]);")
add("145_intersection_for_loop", "a loop that unions, nested in a difference", "v b",
    "difference() { cylinder(h=4, r=10, $fn=36); for (a=[0:45:315]) rotate(a) translate([7,0,-1]) cylinder(h=6, r=1.5, $fn=12); }")
add("146_children_index", "children with an index vector", "v b",
    "module pick() children([0,2]);\npick() { cube(1); translate([5,0,0]) cube(1); translate([0,5,0]) cube(2); }")
add("147_let_module", "let() as a module", "v b", "let(s=3) cube(s);")
add("148_import_stl", "import an STL from the program's folder", "v b", "import(\"data/cube10.stl\");")
add("149_import_off_scaled", "import an OFF and transform it", "v b", "scale(2) import(\"data/prism8.off\");")
add("text/150_text_extrude", "text() with the default font (Liberation Sans)", "v b tol=1",
    "linear_extrude(1) text(\"Hi\", size=10);")
add("text/151_text_aligned_bold", "text() centred, bold", "v b tol=1",
    "linear_extrude(1) text(\"OK\", size=5, font=\"Liberation Sans:style=Bold\", halign=\"center\", valign=\"center\");")
add("152_echo_module_args", "echo inside modules sees its arguments", "e",
    "module m(a, b=2) echo(a=a, b=b);\nm(1); m(b=3, a=[1]);")
add("153_tree_recursion", "a recursive fractal-like tree of overlapping cubes", "v b",
    "module t(n, s) { cube(s); if (n > 0) translate([s*0.75,0,s*0.75]) t(n-1, s/2); }\nt(6, 8);")
add("154_children_number_drops_modifier", "%children(0) is the child's own node: the modifier is lost and the cut happens (openscad 2021.01)", "v b",
    "module t() { %children(0); }\ndifference() { cube(10); t() translate([5,5,5]) cube(10); }")
add("155_children_vector_keeps_modifier", "%children([0]) is a group that keeps the modifier: nothing is cut", "v b",
    "module t() { %children([0]); }\ndifference() { cube(10); t() translate([5,5,5]) cube(10); }")
add("156_child_deprecated", "child(i) is children(i), deprecated; no argument is child 0, a negative index nothing", "v b W:runtime.deprecated",
    "module p() { child(); translate([3,0,0]) child(1); child(-1); }\np() { cube(1); sphere(1, $fn=8); cube(5); }")
add("157_intersection_empty_operand", "an empty operand (module without geometry, for over nothing, cube(0)) empties an intersection; echo and a false if without else are not operands", "empty",
    "module none() { }\nintersection() { cube(4); none(); }\nintersection() { cube(4); for (i = []) cube(1); }\nintersection() { cube(4); cube(0); }")
add("158_intersection_non_operands", "echo, assert, children() at the top level and a false if without else make no operand", "v b",
    "intersection() { cube(4); echo(\"x\"); assert(true); children(); if (false) cube(1); translate([2,2,2]) cube(4); }")
add("159_difference_empty_first", "a difference whose first operand is empty is empty; empty later operands are skipped", "v b",
    "difference() { linear_extrude(); cube(1); }\ntranslate([10,0,0]) difference() { cube(4); cube(0); cube(1); }")
add("160_if_true_empty_is_operand", "if (true) {} is an (empty) operand, so the intersection is empty", "empty",
    "intersection() { cube(4); if (true) { } }")
add("161_intersection_2d_with_3d", "a 2D child of a 3D intersection warns and counts as empty", "empty W:geom.mixed_dimensions",
    "intersection() { cube(5, center=true); circle(r=2); }")
add("162_nonfinite_sizes_are_empty", "infinite or NaN sizes of cube, sphere, cylinder, square and circle give nothing; $fn=inf gives 3 fragments", "v b",
    "cube(1/0);\ncube([1,1,0/0]);\nsphere(1/0);\ncylinder(h=10, r1=1, r2=1/0);\ncylinder(h=1/0);\n"
    "linear_extrude(1) { square([1,1/0]); circle(0/0); }\ncylinder($fn=1/0);")
add("163_resize_negative_and_scalar", "resize takes a negative size as 0 (keep the axis, auto applies) and ignores a number", "v b",
    "resize([-5,3,0], auto=true) cube();\ntranslate([5,0,0]) resize(5) cube();\ntranslate([10,0,0]) resize([5,-3,0]) cube();")
add("164_octant_cubes_pinched_partials", "openscad's mirror-tests: eight mirrored cubes fill the octants; partial unions touch only along edges or at the origin, the whole is a 2x2x2 cube", "v b",
    "for(mx=[0,1],my=[0,1],mz=[0,1]) {\n  m = [mx,my,mz];\n  if (m == [1,1,1]) scale(-1) cube(); else mirror(m) cube();\n}")
add("165_mirror_default_plane", "mirror() without a vector (or with a number) mirrors in x = 0", "v b",
    "mirror() cube([1,2,3]);\nmirror(5) translate([0,3,0]) cube(1);")
add("166_surface_dat", "surface() of a text height field: comments and blank lines skipped, a short row padded with 0, centred", "v b",
    "surface(\"data/heights.dat\", center=true);")
add("167_surface_png", "surface() of a PNG: heights 100/255 x brightness, the image's bottom row at y = 0", "v b",
    "surface(\"data/heights.png\");")
add("168_surface_png_invert", "surface(invert=true) of a PNG: openscad 2021.01's 100/255 x (1 - brightness)", "v b",
    "surface(\"data/heights.png\", invert=true);")
add("169_surface_missing", "a missing surface() file warns and yields nothing", "empty W:io.not_found",
    "surface(\"data/no_such_file.dat\");")
add("170_minkowski_erosion_cavity", "openscad's minkowski3-erosion: minkowski of a cube around an L-shaped void keeps the (shrunk) void, so the difference erodes the L", "v b",
    "module erode(r) { difference() { children(); minkowski(convexity=3) { difference() { cube(25, center=true); children(); } sphere(r); } } }\n"
    "module object() { translate([-5,0,0]) cube([10,5,5]); translate([0,-5,0]) cube([5,10,5]); cube([5,5,10]); }\n"
    "erode(1, $fn=12) object();")
add("171_minkowski_empty_operand", "an empty operand of minkowski is skipped (openscad's nullspace-minkowski)", "v b",
    "minkowski() { intersection() { translate([-2,0,0]) cube(1); translate([2,0,0]) cube(1); } cube(); }")
add("172_digit_led_names", "names may start with a digit (openscad's longest-match lexer: MCAD's 8bit_polyfont)", "v b e",
    "8x = 2; 1e3x = 5;\nfunction 3d(s) = s * 8x;\necho(8x, 1e3, 1e3x, 3d(2));\ncube(3d(1));")
add("173_sphere_halves_reunited", "a sphere cut in two and united again: the rounded halves cross themselves, their exact forms do not (openscad's issue1000)", "v b",
    "color([1,0,0]) intersection() { sphere(10); translate([0,0,10]) cube([20,20,20],center=true); }\n"
    "color([0,0,1]) difference() { sphere(10); translate([0,0,10]) cube([20,20,20],center=true); }")
add("174_rounded_union_minus_cylinder", "a union rounded at its node boundary, minus a cylinder (openscad's issue1215c)", "v b",
    "difference() {\n  union() {\n    translate([0,0,-1.5]) cylinder(h=9, r=26, center=true);\n"
    "    translate([0,0,6]) rotate([180,0,0]) cylinder(h=3, r1=25, r2=26);\n  }\n  cylinder(h=14, r=23, center=true);\n}")
add("175_dxf_import_layer", "import() of one DXF layer (LINEs, a CIRCLE hole, an ARC slot), extruded; dxf_dim and dxf_cross", "v t b e W:unsupported.feature",
    'linear_extrude(height=2) import("data/plate.dxf", layer="plate");\n'
    'echo(dxf_dim(file="data/plate.dxf", name="width"), dxf_dim(file="data/plate.dxf", name="diag"),\n'
    '     dxf_cross(file="data/plate.dxf", layer="center"));')
add("176_dxf_insert_blocks", "DXF INSERTs of a BLOCK, moved, turned 90 degrees and scaled", "v t b",
    'linear_extrude(height=2) import("data/plate.dxf", layer="tabs");')
add("177_dxf_origin_scale", "import() with origin and scale: arcs get the fragments of their scaled radius", "v t b",
    'linear_extrude(height=2) import("data/plate.dxf", origin=[10,5], scale=2);')
add("178_dxf_all_layers", "import() of every layer: POLYLINE is skipped as openscad 2021.01 does, lone lines enclose nothing", "v t b",
    'linear_extrude(height=2) import(file="data/plate.dxf");')
add("179_surface_ragged_row", "surface() of a .dat with a short last row: missing entries are 0 but do not lower the floor (openscad's issue1223)", "v b",
    'scale([1,1,0.2]) surface("data/ragged.dat");')
add("180_import_3mf", "import() of a 3MF package: every mesh object of its model part", "v t b",
    'import("data/two_tetras.3mf");')

add("181_literal_tail_recursion", "a fold through a function literal over 100,000 elements: tail calls of literals loop (openscad's function-literal-tests)", "v e",
    "fold = function(i, v, f, off = 0) len(v) > off ? fold(f(i, v[off]), v, f, off + 1) : i;\n"
    "echo(fold(0, [for (i = [1:100000]) i], function(x, y) x + y));\ncube(1);")
add("182_inverse_trig_whole_degrees", "asin/acos/atan/atan2 give whole degrees back exactly (openscad's trig-tests)", "v e",
    "echo([for (a = [-90:90]) if (asin(sin(a)) != a) a], [for (a = [0:180]) if (acos(cos(a)) != a) a]);\n"
    "echo([for (a = [-89:89]) if (atan(tan(a)) != a) a], [for (a = [-179:179]) if (atan2(sin(a), cos(a)) != a) a]);\n"
    "echo(asin(0.3), acos(-0.7), atan(2), atan2(1, 3));\ncube(1);")
add("183_rands_float_seeds", "seeded rands(): the seed is hashed as openscad hashes doubles, infinite bounds are clamped (openscad's rands test)", "v e",
    "echo(rands(1, 2, 3, 4.1), rands(1, 2, 2, -4.1e100), rands(1, 2, 2, 4.1e-100));\n"
    "echo(rands(0, 10, 2, 42), rands(1/0, 1/0, 1, 1), rands(0, 0/0, 1, 2), rands(5, 5, 3, 1), rands(0, 1, -2, 7));\ncube(1);")
add("185_search_string_in_table", "search() of a string in a table compares first characters; a row without the column ends it with a warning", "v e W:runtime.search_invalid_entry",
    'echo(search("ab", [["apple", 1], ["banana", 2], ["avocado", 3]], 0), search("a", [["a", 1], 123], 0));\ncube(1);')
add("186_disjoint_union_grid", "a union of 2,000 separate cubes is concatenated, never corefined (openscad's issue2342 unites 88,209)", "v t b",
    "for (x = [0:19], y = [0:9], z = [0:9]) translate([x, y, z]) cube(0.5);")

# --- bad inputs -----------------------------------------------------------------------------------
add("200_syntax_error", "a syntax error is reported with its location", "E:syntax.unexpected_token", "cube(1;\n")
add("201_syntax_unclosed", "an unclosed block", "E:syntax.unexpected_eof", "union() {\n  cube(1);\n")
add("202_unknown_module", "an unknown module warns and yields nothing", "v W:runtime.unknown_module",
    "frobnicate(3);\ncube(2);")
add("203_unknown_variable", "an unknown variable warns and is undef", "v W:runtime.unknown_variable",
    "cube(size = nothing_here);\ncube(2);")
add("204_infinite_recursion_module", "infinite module recursion hits the recursion limit",
    "E:limit.recursion", "module r() r();\nr();")
add("205_infinite_recursion_function", "infinite function recursion hits the recursion limit",
    "E:limit.recursion", "function f(x) = f(x + 1);\necho(f(0));")
add("206_fn_huge", "$fn=1e9 must hit the geometry budget, not hang", "E:limit.geometry", "sphere(r=1, $fn=1e9);")
add("207_fn_huge_cylinder", "$fn=1e9 on a cylinder", "E:limit.geometry", "cylinder(h=1, r=1, $fn=1e9);")
add("208_include_outside", "include outside the sandbox is refused", "E:io.sandbox_violation",
    "include </etc/passwd>\ncube(1);")
add("209_include_parent", "include ../ escaping the program's folder is refused", "E:io.sandbox_violation",
    "include <../README.md>\ncube(1);")
add("227_dxf_dim_outside", "dxf_dim() of a file outside the sandbox is refused", "E:io.sandbox_violation",
    'echo(dxf_dim(file="/etc/passwd", name="width"));')
add("228_dxf_malformed", "a DXF file whose group code is not a number warns with its line and yields nothing", "empty W:io.dxf_parse",
    'linear_extrude(height=1) import("data/bad.dxf");')
add("229_flat_polyhedron_in_union", "a polyhedron whose points all lie in one plane, united with a cube: a clear error, no crash (CGAL's autorefinement crashed on it)", "E:geom.boolean_failed",
    'union() { cube(1); polyhedron(points=[[10,10,0],[10,-10,0],[-10,-10,0],[-10,10,0],[0,0,0]],\n'
    '  faces=[[0,1,4],[1,2,4],[2,3,4],[3,0,4],[1,0,3],[2,1,3]]); }')
add("226_surface_outside", "surface() outside the sandbox is refused", "E:io.sandbox_violation",
    "surface(\"/etc/passwd\");")
add("210_import_outside", "import outside the sandbox is refused", "E:io.sandbox_violation",
    "import(\"/etc/passwd\");")
add("211_huge_for", "a range of 1e9 elements is refused with a warning (openscad: too many elements)",
    "empty W:runtime.range_too_large", "for (i=[0:1e9]) translate([i,0,0]) cube(1);")
add("225_huge_nested_for", "1e8 iterations of nested loops hit the instance budget", "E:limit.geometry",
    "for (i=[0:9998], j=[0:9998]) translate([i,j,0]) cube(1);")
add("212_assert_fails", "a failing assert is an error", "E:runtime.assert", "assert(1 == 2, \"no\");\ncube(1);")
add("213_wrong_type_cube", "a string size warns and uses the default", "v W:runtime.bad_argument",
    "cube(\"big\");")
add("214_negative_cube", "a negative size is empty", "empty", "cube(-1);")
add("215_mixed_dimensions", "mixing 2D and 3D warns and keeps the first child's dimension", "v W:geom.mixed_dimensions",
    "union() { cube(2); square(5); }")
add("216_rotate_extrude_sides", "rotate_extrude of a profile crossing the axis is an error", "E:geom.rotate_extrude_sides",
    "rotate_extrude() translate([-1,0]) square(3);")
add("217_huge_slices", "an enormous slice count hits the geometry budget", "E:limit.geometry",
    "linear_extrude(height=1, twist=10, slices=1e9) square(1);")
add("218_bad_polygon_points", "polygon points that are not vec2 warn", "empty W:runtime.bad_argument",
    "linear_extrude(1) polygon([[0,0],[1],\"x\"]);")
add("219_empty_program", "a program without geometry is empty", "empty", "x = 1;")
add("220_string_recursion", "a string that doubles each call hits a budget", "E:limit.size",
    "function grow(s, n) = n == 0 ? s : grow(str(s, s), n - 1);\necho(len(grow(\"ab\", 40)));")
add("221_nan_transform", "a NaN in a transform removes the object with a warning", "empty W:runtime.bad_argument",
    "scale([0/0, 1, 1]) cube(1);")
add("222_zero_scale", "scaling by zero removes the object with a warning", "empty W:geom.degenerate_transform",
    "scale([1,0,1]) cube(3);")
add("223_missing_import", "a missing import file warns and yields nothing", "empty W:io.not_found",
    "import(\"data/no_such_file.stl\");")
add("224_unknown_parameter", "an unknown named parameter warns", "v W:runtime.unknown_parameter",
    "cube(size=2, colour=\"red\");")

PROGRAMS = P
