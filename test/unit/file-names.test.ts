import { describe, expect, it } from 'vitest';
import { nameForType } from '../../src/attachments/file-types.js';

describe('the name a file is kept under ends as its type does', () => {
  it('keeps a name whose ending names the type, in any case', () => {
    expect(nameForType('scratch.JPG', 'image/jpeg', 255)).toBe('scratch.JPG');
    expect(nameForType('scratch.jpeg', 'image/jpeg', 255)).toBe('scratch.jpeg');
    expect(nameForType('prices.csv', 'text/plain; charset=utf-8', 255)).toBe('prices.csv');
    expect(nameForType('Angebot für Müller.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 255)).toBe(
      'Angebot für Müller.docx',
    );
  });

  it('adds the type’s ending to a name that ends otherwise, or not at all', () => {
    expect(nameForType('page.html', 'text/plain; charset=utf-8', 255)).toBe('page.html.txt');
    expect(nameForType('drawing.svg', 'text/plain; charset=utf-8', 255)).toBe('drawing.svg.txt');
    expect(nameForType('photo.jpg', 'application/pdf', 255)).toBe('photo.jpg.pdf');
    expect(nameForType('invoice.pdf.exe', 'application/pdf', 255)).toBe('invoice.pdf.exe.pdf');
    expect(nameForType('scratch', 'image/png', 255)).toBe('scratch.png');
    expect(nameForType('voice note.', 'audio/ogg', 255)).toBe('voice note..ogg');
  });

  it('stays within the length limit, counting characters, not UTF-16 units', () => {
    const long = `${'😀'.repeat(253)}.h`;
    const named = nameForType(long, 'image/png', 255);
    expect(Array.from(named)).toHaveLength(255);
    expect(named.endsWith('.png')).toBe(true);
    expect(named.startsWith('😀'.repeat(251))).toBe(true);
  });
});
