// The ustar writer and reader: layout against the POSIX format, round trips, appends, damaged
// archives, and interop with Python's tarfile (an independent implementation) when available.
#include "synth/tar.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "synth/dataset_test_util.h"

namespace cadscribe::synth {
namespace {

using testing::slurp;
using testing::temp_dir;

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// Stores a valid checksum in the header at `at`, so only the field a test changed is wrong.
void fix_checksum(std::string& b, size_t at) {
  unsigned sum = 0;
  for (size_t i = 0; i < 512; ++i) sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(b[at + i]);
  char field[8];
  std::snprintf(field, sizeof field, "%06o", sum);
  b.replace(at + 148, 6, field, 6);
}

bool have_python() { return std::system("command -v python3 >/dev/null 2>&1") == 0; }

TEST(SynthTar, HeaderFieldsFollowUstar) {
  auto bytes = tar_member_bytes("abc.txt", "hello");
  ASSERT_TRUE(bytes.ok());
  ASSERT_EQ(bytes->size(), 1024u);  // header + one data block
  const std::string& b = *bytes;
  EXPECT_EQ(b.substr(0, 8), std::string("abc.txt\0", 8));
  EXPECT_EQ(b.substr(100, 8), std::string("0000644\0", 8));
  EXPECT_EQ(b.substr(124, 12), std::string("00000000005\0", 12));  // size 5 in octal
  EXPECT_EQ(b.substr(136, 12), std::string("00000000000\0", 12));  // mtime 0
  EXPECT_EQ(b[156], '0');
  EXPECT_EQ(b.substr(257, 8), std::string("ustar\0" "00", 8));
  EXPECT_EQ(b.substr(265, 64), std::string(64, '\0'));  // empty uname / gname
  // Checksum: the byte sum of the header with the checksum field read as 8 spaces.
  unsigned sum = 0;
  for (int i = 0; i < 512; ++i) sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(b[size_t(i)]);
  EXPECT_EQ(std::strtoul(b.substr(148, 6).c_str(), nullptr, 8), sum);
  EXPECT_EQ(b.substr(512, 5), "hello");
  EXPECT_EQ(b.substr(517), std::string(507, '\0'));
}

TEST(SynthTar, RoundTripAcrossBlockBoundaries) {
  std::string dir = temp_dir("rt");
  std::string path = dir + "/a.tar";
  std::vector<TarMember> in;
  for (size_t n : {0u, 1u, 511u, 512u, 513u, 5000u}) {
    std::string data(n, '\0');
    for (size_t i = 0; i < n; ++i) data[i] = char((i * 37 + n) & 0xff);
    in.push_back({"k" + std::to_string(n) + ".bin", data});
  }
  in.push_back({std::string(100, 'n'), "longest name"});
  auto w = TarWriter::create(path);
  ASSERT_TRUE(w.ok());
  for (const auto& m : in) ASSERT_TRUE(w->add(m.name, m.data).ok());
  ASSERT_TRUE(w->finish().ok());
  uint64_t expected = 1024;  // end blocks
  for (const auto& m : in) expected += 512 + (m.data.size() + 511) / 512 * 512;
  EXPECT_EQ(std::filesystem::file_size(path), expected);
  EXPECT_EQ(w->size(), expected);
  auto out = read_tar(path);
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  ASSERT_EQ(out->size(), in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    EXPECT_EQ((*out)[i].name, in[i].name);
    EXPECT_EQ((*out)[i].data, in[i].data);
  }
  // The in-memory parser agrees with the streaming reader.
  auto mem = parse_tar(slurp(path), "mem");
  ASSERT_TRUE(mem.ok());
  EXPECT_EQ(mem->size(), in.size());
}

TEST(SynthTar, RejectsBadNames) {
  EXPECT_EQ(tar_member_bytes(std::string(101, 'x'), "").error().code, "io.tar_name");
  EXPECT_EQ(tar_member_bytes("", "").error().code, "io.tar_name");
  EXPECT_EQ(tar_member_bytes(std::string("a\0b", 3), "").error().code, "io.tar_name");
}

TEST(SynthTar, AppendDropsBytesAfterTheResumePoint) {
  std::string dir = temp_dir("app");
  std::string path = dir + "/a.tar";
  uint64_t after_first = 0;
  {
    auto w = TarWriter::create(path);
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE(w->add("one", "1").ok());
    after_first = w->size();
    ASSERT_TRUE(w->add("two", std::string(700, '2')).ok());
  }
  // Simulate a kill in the middle of a member written after the checkpoint.
  std::ofstream(path, std::ios::binary | std::ios::app) << std::string(300, 'g');
  {
    auto w = TarWriter::append(path, after_first);
    ASSERT_TRUE(w.ok()) << w.error().to_string();
    ASSERT_TRUE(w->add("three", "3").ok());
    ASSERT_TRUE(w->finish().ok());
  }
  auto out = read_tar(path);
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  ASSERT_EQ(out->size(), 2u);
  EXPECT_EQ((*out)[0].name, "one");
  EXPECT_EQ((*out)[1].name, "three");
  EXPECT_EQ(TarWriter::append(path, 100).error().code, "io.tar_corrupt");      // not a block boundary
  EXPECT_EQ(TarWriter::append(path, 1u << 20).error().code, "io.tar_corrupt");  // past the end
}

class SynthTarDamage : public ::testing::Test {
 protected:
  void SetUp() override {
    auto a = tar_member_bytes("a.txt", "alpha");
    auto b = tar_member_bytes("b.txt", std::string(600, 'b'));
    good_ = *a + *b + tar_end_bytes();
  }
  std::string good_;
};

TEST_F(SynthTarDamage, ChecksumMismatchIsCorrupt) {
  std::string bad = good_;
  bad[512 + 512 + 3] ^= 1;  // the name of the second header
  auto r = parse_tar(bad, "x.tar");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "io.tar_corrupt");
  EXPECT_NE(r.error().message.find("byte 1024"), std::string::npos) << r.error().message;
}

TEST_F(SynthTarDamage, TruncationIsReported) {
  // Cut inside the second member's data, then exactly after it (no end blocks), then mid-header.
  for (size_t cut : {size_t(1024 + 512 + 100), size_t(1024 + 512 + 1024), size_t(1024 + 200)}) {
    auto r = parse_tar(good_.substr(0, cut), "x.tar");
    ASSERT_FALSE(r.ok()) << cut;
    EXPECT_EQ(r.error().code, "io.tar_truncated") << cut << ": " << r.error().message;
  }
}

TEST_F(SynthTarDamage, HugeSizeFieldIsTruncationNotACrash) {
  std::string bad = good_;
  std::string size = "77777777777";
  bad.replace(124, 11, size);
  fix_checksum(bad, 0);
  auto r = parse_tar(bad, "x.tar");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "io.tar_truncated");
}

TEST_F(SynthTarDamage, NotUstarAndLinksAreRejected) {
  std::string bad = good_;
  bad.replace(257, 5, "xxxxx");
  EXPECT_EQ(parse_tar(bad, "x").error().code, "io.tar_corrupt");
  EXPECT_EQ(parse_tar(std::string(300, 'z'), "x").error().code, "io.tar_truncated");
  std::string link = good_;
  link[156] = '2';  // symlink
  fix_checksum(link, 0);
  EXPECT_EQ(parse_tar(link, "x").error().code, "io.tar_unsupported");
}

TEST(SynthTar, PythonTarfileReadsOurArchive) {
  if (!have_python()) GTEST_SKIP() << "python3 not available";
  std::string dir = temp_dir("py");
  std::string path = dir + "/s.tar";
  auto w = TarWriter::create(path);
  ASSERT_TRUE(w.ok());
  ASSERT_TRUE(w->add("000000_00000.py", "print(1)\n").ok());
  ASSERT_TRUE(w->add("000000_00000.0.png", std::string(1000, 'p')).ok());
  ASSERT_TRUE(w->add("000000_00000.json", "{}").ok());
  ASSERT_TRUE(w->finish().ok());
  std::string script = dir + "/check.py";
  write_bytes(script,
              "import sys, tarfile\n"
              "t = tarfile.open(sys.argv[1], 'r|')\n"  // stream mode, as webdataset reads
              "got = [(m.name, m.size, m.mode, m.mtime, m.uid, m.uname, m.isreg()) for m in t]\n"
              "want = [('000000_00000.py', 9, 0o644, 0, 0, '', True),\n"
              "        ('000000_00000.0.png', 1000, 0o644, 0, 0, '', True),\n"
              "        ('000000_00000.json', 2, 0o644, 0, 0, '', True)]\n"
              "sys.exit(0 if got == want else print(got) or 1)\n");
  EXPECT_EQ(std::system(("python3 " + script + " " + path).c_str()), 0);
}

TEST(SynthTar, ReadsArchivesWrittenByPython) {
  if (!have_python()) GTEST_SKIP() << "python3 not available";
  std::string dir = temp_dir("pyw");
  std::string path = dir + "/p.tar";
  std::string script = dir + "/make.py";
  write_bytes(script,
              "import io, sys, tarfile\n"
              "with tarfile.open(sys.argv[1], 'w', format=tarfile.USTAR_FORMAT) as t:\n"
              "  for name, data in [('x.py', b'abc'), ('d/y.bin', bytes(range(256)) * 3)]:\n"
              "    info = tarfile.TarInfo(name); info.size = len(data); t.addfile(info, io.BytesIO(data))\n");
  ASSERT_EQ(std::system(("python3 " + script + " " + path).c_str()), 0);
  auto r = read_tar(path);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].name, "x.py");
  EXPECT_EQ((*r)[0].data, "abc");
  EXPECT_EQ((*r)[1].name, "d/y.bin");
  ASSERT_EQ((*r)[1].data.size(), 768u);
  EXPECT_EQ(static_cast<unsigned char>((*r)[1].data[255]), 255);
}

}  // namespace
}  // namespace cadscribe::synth
