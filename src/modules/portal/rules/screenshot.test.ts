import { describe, expect, it } from 'vitest';
import { decodeBase64, screenshotVerdict, sniffImage } from './screenshot';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const gif = Buffer.from('GIF89a\x01\x00', 'latin1');
const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([1, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);

describe('sniffImage', () => {
  it('recognises png, jpeg, gif and webp by their signature', () => {
    expect([png, jpeg, gif, webp].map(sniffImage)).toEqual(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
  });

  it('answers null for text, a RIFF that is not WEBP, and a cut signature', () => {
    expect(sniffImage(Buffer.from('just some text'))).toBeNull();
    expect(sniffImage(Buffer.concat([Buffer.from('RIFF'), Buffer.from([1, 0, 0, 0]), Buffer.from('WAVE')]))).toBeNull();
    expect(sniffImage(png.subarray(0, 5))).toBeNull();
  });
});

describe('decodeBase64', () => {
  it('decodes strict base64 and refuses anything else', () => {
    expect(decodeBase64(png.toString('base64'))).toEqual(png);
    expect(decodeBase64('data:image/png;base64,AAAA')).toBeNull();
    expect(decodeBase64('AAAAA')).toBeNull();
  });
});

describe('screenshotVerdict', () => {
  it('keeps an image under the limit with its real type', () => {
    expect(screenshotVerdict({ filename: '../收据 "1".png', declaredType: 'image/png', bytes: png }, 100)).toEqual({ ok: true, filename: '收据 1.png', contentType: 'image/png' });
  });

  it('gives the name the extension of the real type', () => {
    expect(screenshotVerdict({ filename: 'receipt.png', bytes: jpeg }, 100)).toMatchObject({ ok: true, filename: 'receipt.jpg', contentType: 'image/jpeg' });
    expect(screenshotVerdict({ filename: 'receipt', bytes: gif }, 100)).toMatchObject({ filename: 'receipt.gif' });
  });

  it('refuses a text file named .png, a non-image declared type, an empty file and one over the limit', () => {
    expect(screenshotVerdict({ filename: 'a.png', declaredType: 'image/png', bytes: Buffer.from('hello') }, 100)).toEqual({ ok: false, code: 'attachment_type_not_allowed' });
    expect(screenshotVerdict({ filename: 'a.png', declaredType: 'application/pdf', bytes: png }, 100)).toEqual({ ok: false, code: 'attachment_type_not_allowed' });
    expect(screenshotVerdict({ filename: 'a.png', bytes: Buffer.alloc(0) }, 100)).toEqual({ ok: false, code: 'attachment_empty' });
    expect(screenshotVerdict({ filename: 'a.png', bytes: png }, png.length - 1)).toEqual({ ok: false, code: 'attachment_too_large' });
    expect(screenshotVerdict({ filename: 'a.png', bytes: png }, png.length)).toMatchObject({ ok: true });
  });
});
