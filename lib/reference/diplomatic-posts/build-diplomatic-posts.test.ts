import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isCountryCode } from "@/lib/reference/countries";
import { overlappingRows } from "@/lib/reference/dated";
import { diplomaticPosts, diplomaticPostsOpenOn, findDiplomaticPost } from "@/lib/reference/diplomatic-posts";
import { buildDiplomaticPostModule, CSV_PATH, DATA_MODULE_PATH, splitCsvLine } from "./build-diplomatic-posts";

describe("build-diplomatic-posts", () => {
  const csv = readFileSync(CSV_PATH, "utf8");

  it("produced the committed data module from the committed CSV (rerun it after changing the CSV)", () => {
    expect(buildDiplomaticPostModule(csv)).toBe(readFileSync(DATA_MODULE_PATH, "utf8"));
  });

  it("splits quoted fields that hold commas and quotes", () => {
    expect(splitCsvLine('WASHINGTON_DC,"Washington, D.C.",US,"a ""b"" c",x')).toEqual(["WASHINGTON_DC", "Washington, D.C.", "US", 'a "b" c', "x"]);
  });

  it("refuses rows that break the format", () => {
    const header = "post_code,city,country_iso2,serves_iso2,kind,source,confidence";
    expect(() => buildDiplomaticPostModule(`${header}\nXX,Y,BR,US,EMBASSY,s,HIGH`)).toThrow(/own country first/);
    expect(() => buildDiplomaticPostModule(`${header}\nXX,Y,BR,BR,CONSULATE,s,HIGH`)).toThrow(/unknown kind/);
    expect(() => buildDiplomaticPostModule(`${header}\nXX,Y,BR,BR,EMBASSY,s,HIGH\nXX,Y,BR,BR,EMBASSY,s,HIGH`)).toThrow(/repeated/);
    expect(() => buildDiplomaticPostModule("code,city\nXX,Y")).toThrow(/unexpected header/);
  });
});

describe("diplomatic posts", () => {
  const today = "2026-11-29";

  it("has the source's 87 posts open, each in a country the portal knows", () => {
    const open = diplomaticPostsOpenOn(today);
    expect(open).toHaveLength(87);
    expect(open.filter((p) => !isCountryCode(p.country))).toEqual([]);
  });

  it("has one row per post code and day", () => {
    expect(overlappingRows(diplomaticPosts, (p) => p.code)).toEqual([]);
  });

  it("offers the posts serving the country of residence first", () => {
    const posts = diplomaticPostsOpenOn(today, "US").map((p) => p.code);
    expect(posts.slice(0, 4).sort()).toEqual(["ATLANTA", "LOS_ANGELES", "NEW_YORK", "WASHINGTON_DC"]);
    expect(posts).toHaveLength(87);
    // Azerbaijan is served from Istanbul (the embassy in Baku takes no D visas).
    expect(diplomaticPostsOpenOn(today, "AZ")[0]?.code).toBe("ISTANBUL");
  });

  it("keeps retired posts for the days they were offered", () => {
    expect(findDiplomaticPost("ANKARA", "2026-11-28")?.city).toBe("Ankara");
    expect(findDiplomaticPost("ANKARA", today)).toBeUndefined();
    expect(findDiplomaticPost("CASABLANCA", "2020-06-30")).toBeDefined();
    expect(findDiplomaticPost("CASABLANCA", "2020-07-01")).toBeUndefined();
    expect(findDiplomaticPost("MEXICO_CITY", today)?.country).toBe("MX");
    expect(findDiplomaticPost("NEW_DELHI", today)?.serves).toEqual(["IN", "MV", "NP", "LK", "BD", "BT"]);
    expect(findDiplomaticPost("ATLANTIS", today)).toBeUndefined();
  });
});
