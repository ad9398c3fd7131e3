import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { letterFontFiles } from "./fonts";

// A4 in PDF points, with margins a window envelope and a hole punch leave free.
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_X = 62;
const MARGIN_TOP = 50;
const MARGIN_BOTTOM = 70;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const LABEL_WIDTH = 150;
const BODY_SIZE = 10;
const LINE_GAP = 1.35;
/** Where the addressee's block starts: in the window of a DL envelope with its window on the right. */
const WINDOW_X = 310;
const GREY = rgb(0.3, 0.3, 0.3);

export interface LetterMetadata {
  title: string;
  /** BCP 47 tag of the text, e.g. "nl-BE": screen readers pick their voice from it. */
  language: string;
  /** Who the document comes from (the deciding authority). */
  author: string;
  subject: string;
}

interface TextStyle {
  bold?: boolean;
  /** Left edge, in points from the page's edge; the margin by default. */
  x?: number;
  size?: number;
  /** Extra space after the block, in points. */
  after?: number;
  grey?: boolean;
}

/**
 * A flowing one-column document on A4 pages: blocks of text are wrapped to the page width and
 * continue on a new page when the page is full. pdf-lib draws text at coordinates only, so wrapping
 * and page breaks are done here. Everything is drawn in the embedded DejaVu Sans: the standard
 * PDF fonts cannot encode letters outside Latin-1 (a worker named Łukasz or Nguyễn).
 */
export class LetterDocument {
  private page: PDFPage;
  private y: number;

  private constructor(
    private readonly pdf: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.y = PAGE_HEIGHT - MARGIN_TOP;
  }

  static async create(metadata: LetterMetadata): Promise<LetterDocument> {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const files = await letterFontFiles();
    // Subsets: a letter carries only the glyphs it uses (about 10 KB instead of 700 KB per font).
    const [regular, bold] = await Promise.all([pdf.embedFont(files.regular, { subset: true }), pdf.embedFont(files.bold, { subset: true })]);
    pdf.setTitle(metadata.title, { showInWindowTitleBar: true });
    pdf.setLanguage(metadata.language);
    pdf.setAuthor(metadata.author);
    pdf.setSubject(metadata.subject);
    pdf.setCreator("Working in Belgium");
    pdf.setProducer("Working in Belgium (pdf-lib)");
    return new LetterDocument(pdf, regular, bold);
  }

  /** A block of text; a blank line in `text` separates paragraphs, a single line break is kept. */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? BODY_SIZE;
    const font = style.bold ? this.bold : this.regular;
    const x = style.x ?? MARGIN_X;
    const width = PAGE_WIDTH - MARGIN_X - x;
    const lines = text.split(/\r?\n/).flatMap((line) => (line.trim() === "" ? [""] : this.wrap(line.trim(), font, size, width)));
    for (const line of lines) this.line(line, x, font, size, style.grey);
    this.space(style.after ?? size * 0.6);
  }

  heading(text: string, size = 13): void {
    this.ensureRoom(size * LINE_GAP * 3);
    this.space(size * 0.4);
    this.text(text, { bold: true, size, after: size * 0.4 });
  }

  /** A label and its value side by side; the value wraps within its column. */
  field(label: string, value: string): void {
    const labelLines = this.wrap(label, this.bold, BODY_SIZE, LABEL_WIDTH - 10);
    const valueLines = value.split(/\r?\n/).flatMap((line) => this.wrap(line, this.regular, BODY_SIZE, TEXT_WIDTH - LABEL_WIDTH));
    const rows = Math.max(labelLines.length, valueLines.length);
    for (let row = 0; row < rows; row++) {
      this.ensureRoom(BODY_SIZE * LINE_GAP);
      const y = this.y - BODY_SIZE;
      if (labelLines[row]) this.page.drawText(labelLines[row]!, { x: MARGIN_X, y, size: BODY_SIZE, font: this.bold });
      if (valueLines[row]) this.page.drawText(valueLines[row]!, { x: MARGIN_X + LABEL_WIDTH, y, size: BODY_SIZE, font: this.regular });
      this.y -= BODY_SIZE * LINE_GAP;
    }
    this.space(3);
  }

  /**
   * A name in bold followed by its address lines, as on an envelope. `inWindow` places it where an
   * envelope's window shows it, with `mark` (the postal service, e.g. registered) above it.
   */
  address(name: string, lines: readonly string[], { inWindow = false, mark }: { inWindow?: boolean; mark?: string } = {}): void {
    const x = inWindow ? WINDOW_X : MARGIN_X;
    this.ensureRoom((lines.length + 2) * BODY_SIZE * LINE_GAP);
    if (mark) this.text(mark, { bold: true, x, after: 4 });
    this.text(name, { bold: true, after: 0, x });
    if (lines.length > 0) this.text(lines.join("\n"), { after: 0, x });
    this.space(BODY_SIZE);
  }

  bullets(items: readonly string[]): void {
    for (const item of items) {
      const lines = this.wrap(item, this.regular, BODY_SIZE, TEXT_WIDTH - 14);
      lines.forEach((line, index) => {
        if (index === 0) {
          this.ensureRoom(BODY_SIZE * LINE_GAP);
          this.page.drawText("•", { x: MARGIN_X + 2, y: this.y - BODY_SIZE, size: BODY_SIZE, font: this.regular });
        }
        this.line(line, MARGIN_X + 14, this.regular, BODY_SIZE);
      });
    }
    this.space(BODY_SIZE * 0.6);
  }

  space(points: number): void {
    this.y -= points;
  }

  /**
   * Writes the footer of every page (it needs the page count) and answers the PDF's bytes.
   * `footer` gets the page number and the number of pages.
   */
  async finish(footer: (page: number, pages: number) => string): Promise<Uint8Array> {
    const pages = this.pdf.getPages();
    pages.forEach((page, index) => {
      const text = footer(index + 1, pages.length);
      const width = this.regular.widthOfTextAtSize(text, 8);
      page.drawText(text, { x: (PAGE_WIDTH - width) / 2, y: MARGIN_BOTTOM / 2, size: 8, font: this.regular, color: GREY });
    });
    return this.pdf.save();
  }

  private line(text: string, x: number, font: PDFFont, size: number, grey = false): void {
    this.ensureRoom(size * LINE_GAP);
    if (text !== "") this.page.drawText(text, { x, y: this.y - size, size, font, ...(grey ? { color: GREY } : {}) });
    this.y -= size * LINE_GAP;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  private ensureRoom(height: number): void {
    if (this.y - height >= MARGIN_BOTTOM) return;
    this.page = this.pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.y = PAGE_HEIGHT - MARGIN_TOP;
  }

  /** Greedy word wrap; a word wider than the column (a long URL) is cut where it must be. */
  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= width;
    const lines: string[] = [];
    let current = "";
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      if (fits(candidate)) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      current = "";
      // By code points, so that a letter outside the Basic Multilingual Plane is never split.
      let rest = Array.from(word);
      while (!fits(rest.join(""))) {
        let cut = rest.length - 1;
        while (cut > 1 && !fits(rest.slice(0, cut).join(""))) cut--;
        lines.push(rest.slice(0, cut).join(""));
        rest = rest.slice(cut);
      }
      current = rest.join("");
    }
    if (current) lines.push(current);
    return lines.length > 0 ? lines : [""];
  }
}
