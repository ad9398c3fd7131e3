import { describe, expect, it } from "vitest";
import { addDays, dayInBelgium } from "@/lib/dates";
import { documentLimits, defaultDocumentLimits } from "./document-limits";
import { attachmentDisposition, downloadFileName } from "./file-name";
import { cleanFileName, megabytes, sizeError, uploadFieldsSchema } from "./upload-input";

const MiB = 1024 * 1024;
const limits = { maxFileBytes: 10 * MiB, maxDossierBytes: 50 * MiB };

describe("upload fields (the same schema in the browser and on the server)", () => {
  it("keeps the last segment of a path and drops control and direction characters", () => {
    expect(cleanFileName("C:\\Users\\ana\\paspoort.pdf")).toBe("paspoort.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName(" rapport\u0000\u202egnp.pdf ")).toBe("rapportgnp.pdf");
  });

  it("asks for a checklist item and a file", () => {
    expect(uploadFieldsSchema.safeParse({ kind: "PASSPORT", fileName: "paspoort.pdf" }).data).toEqual({ kind: "PASSPORT", fileName: "paspoort.pdf" });
    expect(uploadFieldsSchema.safeParse({ kind: "NOT_A_KIND", fileName: "a.pdf" }).error?.issues[0]?.message).toBe("documents.errors.kindRequired");
    expect(uploadFieldsSchema.safeParse({ kind: "PASSPORT", fileName: "" }).error?.issues[0]?.message).toBe("documents.errors.fileRequired");
    expect(uploadFieldsSchema.safeParse({ kind: "PASSPORT", fileName: `${"a".repeat(252)}.pdf` }).error?.issues[0]?.message).toBe("documents.errors.fileNameTooLong");
  });

  it("takes a certificate's date of issue when given: a real day, not after today", () => {
    const withDate = (issuedOn: string) => uploadFieldsSchema.safeParse({ kind: "CRIMINAL_RECORD", fileName: "a.pdf", issuedOn });
    expect(withDate("2026-05-01").data?.issuedOn).toBe("2026-05-01");
    expect(withDate("").success).toBe(true);
    expect(withDate(dayInBelgium()).success).toBe(true);
    for (const wrong of ["2026-02-30", "yesterday", addDays(dayInBelgium(), 1)]) {
      expect(withDate(wrong).error?.issues[0]?.message, wrong).toBe("documents.errors.issuedOnInvalid");
    }
  });
});

describe("size limits", () => {
  it("names the per-file limit, then the per-dossier one, in MB", () => {
    expect(sizeError(10 * MiB, 0, limits)).toBeNull();
    expect(sizeError(10 * MiB + 1, 0, limits)).toEqual({ path: "file", message: "documents.errors.fileTooLarge", values: { maxMB: 10 } });
    expect(sizeError(5 * MiB, 45 * MiB, limits)).toBeNull();
    expect(sizeError(5 * MiB + 1, 45 * MiB, limits)).toEqual({ path: "file", message: "documents.errors.dossierFull", values: { maxMB: 50 } });
    expect(megabytes(1.5 * MiB)).toBe(1.5);
  });

  it("reads the limits from configuration, with defaults, and refuses nonsense", () => {
    expect(documentLimits({})).toEqual(defaultDocumentLimits);
    expect(documentLimits({ DOCUMENT_MAX_FILE_BYTES: "1000", DOCUMENT_MAX_DOSSIER_BYTES: "5000" })).toEqual({ maxFileBytes: 1000, maxDossierBytes: 5000 });
    expect(() => documentLimits({ DOCUMENT_MAX_FILE_BYTES: "10MB" })).toThrow(/DOCUMENT_MAX_FILE_BYTES/);
    expect(() => documentLimits({ DOCUMENT_MAX_DOSSIER_BYTES: "-1" })).toThrow(/DOCUMENT_MAX_DOSSIER_BYTES/);
  });
});

describe("the download's file name", () => {
  it("gives the name the extension of the real type when it has another", () => {
    expect(downloadFileName("paspoort.PDF", "application/pdf")).toBe("paspoort.PDF");
    expect(downloadFileName("foto.jpeg", "image/jpeg")).toBe("foto.jpeg");
    expect(downloadFileName("setup.exe", "application/pdf")).toBe("setup.exe.pdf");
    expect(downloadFileName("scan", "image/png")).toBe("scan.png");
  });

  it("is an attachment with an ASCII fallback and the exact UTF-8 name (RFC 6266, RFC 8187)", () => {
    expect(attachmentDisposition("contract.pdf")).toBe(`attachment; filename="contract.pdf"; filename*=UTF-8''contract.pdf`);
    expect(attachmentDisposition('Überweisung "März" 100%.pdf')).toBe(
      `attachment; filename="_berweisung _M_rz_ 100_.pdf"; filename*=UTF-8''%C3%9Cberweisung%20%22M%C3%A4rz%22%20100%25.pdf`,
    );
    // No header injection through a name: CR and LF never reach it (cleanFileName drops them, and
    // the fallback and the encoding both replace them).
    expect(attachmentDisposition("a\r\nSet-Cookie: x=1.pdf")).not.toMatch(/[\r\n]/);
    expect(attachmentDisposition("it's (1).pdf")).toContain(`filename*=UTF-8''it%27s%20%281%29.pdf`);
    expect(attachmentDisposition("WIB-2026-000001-annex-46.pdf", "inline")).toBe(`inline; filename="WIB-2026-000001-annex-46.pdf"; filename*=UTF-8''WIB-2026-000001-annex-46.pdf`);
  });
});
