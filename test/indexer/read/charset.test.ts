import { decodeHtml, decodeText, streamDecoder } from '../../../indexer/read/charset.js';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('decodeHtml', () => {
  test('when a page declares ISO-8859-1 or windows-1252, then it is read so: "São Tomé", not "S�o Tom�"', () => {
    expect(decodeHtml(latin1('<meta charset="iso-8859-1"><p>S\xe3o Tom\xe9 and Pr\xedncipe</p>'))).toContain('São Tomé and Príncipe');
    expect(decodeHtml(latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>\x93Quoted\x94 \x96 dash</p>'))).toContain('“Quoted” – dash');
  });

  test('when a page declares nothing, then valid UTF-8 is read as UTF-8 and other bytes as windows-1252', () => {
    expect(decodeHtml(Buffer.from('<p>Lomé and Ouagadougou</p>', 'utf8'))).toBe('<p>Lomé and Ouagadougou</p>');
    expect(decodeHtml(latin1('<p>Lom\xe9</p>'))).toBe('<p>Lomé</p>');
  });

  test('when the declared label is unknown or a byte-order mark says otherwise, then the bytes decide', () => {
    expect(decodeHtml(Buffer.from('<meta charset="x-nonsense"><p>Lomé</p>', 'utf8'))).toContain('Lomé');
    expect(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="iso-8859-1"><p>Lomé</p>', 'utf8')]))).toContain('Lomé');
  });

  test('when a page declares Latin-1 but its bytes are UTF-8, or declares UTF-16 in a meta tag, then it is read as UTF-8', () => {
    expect(decodeHtml(Buffer.from('<meta charset="iso-8859-1"><p>São Tomé</p>', 'utf8'))).toContain('São Tomé');
    expect(decodeHtml(Buffer.from('<meta charset="utf-16"><p>Lomé</p>', 'utf8'))).toContain('Lomé');
  });
});

describe('decodeHtml of a page that declares UTF-8 wrongly', () => {
  test('when a page declares UTF-8 but its bytes are windows-1252, then they are read as windows-1252 (an indexer review)', () => {
    expect(decodeHtml(latin1('<meta charset="utf-8"><p>Z\xfcrich and K\xf6ln caf\xe9</p>'))).toBe('<meta charset="utf-8"><p>Zürich and Köln café</p>');
    expect(decodeHtml(Buffer.from('<meta charset="utf-8"><p>Zürich</p>'))).toBe('<meta charset="utf-8"><p>Zürich</p>');
  });
});

describe('decodeText', () => {
  test('when a text file is not valid UTF-8, then it is read as windows-1252, quotes and dashes included', () => {
    expect(decodeText(Buffer.from('S\xe3o Tom\xe9 \x93quoted\x94 \x96 caf\xe9', 'latin1'))).toBe('São Tomé “quoted” – café');
  });

  test('when a text file is valid UTF-8 or has a byte-order mark, then it is read as such', () => {
    expect(decodeText(Buffer.from('São Tomé “quoted”'))).toBe('São Tomé “quoted”');
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x53, 0x00, 0xe3, 0x00]))).toBe('Sã');
    expect(decodeText(Buffer.from('\ufeffSão Tomé'))).toBe('São Tomé');
  });

  test('when a file has a UTF-8 byte-order mark but windows-1252 bytes (an indexer review), then the bytes are read as windows-1252', () => {
    expect(decodeText(latin1('\xef\xbb\xbfCaf\xe9 owner Jos\xe9 Mar\xeda'))).toBe('Café owner José María');
    expect(decodeHtml(latin1('\xef\xbb\xbf<p>Caf\xe9</p>'))).toBe('<p>Café</p>');
  });
});

describe('streamDecoder (an indexer review)', () => {
  /** The bytes decoded in chunks of `size`, as a stream delivers them. */
  const streamed = (bytes: Buffer, size: number): string => {
    const decoder = streamDecoder();
    let text = '';
    for (let at = 0; at < bytes.length; at += size) text += decoder.decode(bytes.subarray(at, at + size));
    return text + decoder.end();
  };
  const sizes = [1, 2, 3, 5, 64];

  test('when the bytes are UTF-8, then they read so whatever the chunks, without a byte-order mark', () => {
    for (const size of sizes) {
      expect(streamed(Buffer.from('\ufeff{"title": "São Tomé 🌍 Lomé"}', 'utf8'), size)).toBe('{"title": "São Tomé 🌍 Lomé"}');
    }
  });

  test('when the bytes are windows-1252 with no declaration (an Excel export), then they read so, not as "S�o Tom�"', () => {
    for (const size of sizes) expect(streamed(latin1('id,title\n1,S\xe3o Tom\xe9 \x93talks\x94\n'), size)).toBe('id,title\n1,São Tomé “talks”\n');
  });

  test('when a feed declares ISO-8859-1, then it reads so', () => {
    const feed = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><item><title>S\xe3o Tom\xe9</title></item></rss>';
    for (const size of sizes) expect(streamed(latin1(feed), size)).toContain('<title>São Tomé</title>');
  });

  test('when a file is UTF-16 with its byte-order mark, then it reads so', () => {
    const text = '{"id": "u1", "body": "Lomé talks."}\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const size of sizes) {
      expect(streamed(le, size)).toBe(text);
      expect(streamed(be, size)).toBe(text);
    }
  });

  test('when a record file has a UTF-8 byte-order mark but windows-1252 bytes, then they read as windows-1252', () => {
    for (const size of sizes) expect(streamed(latin1('\xef\xbb\xbf{"title": "Caf\xe9"}\n'), size)).toBe('{"title": "Café"}\n');
  });

  test('when a UTF-8 file holds one stray bad byte, then it stays UTF-8 and only that byte is lost', () => {
    expect(streamed(Buffer.concat([Buffer.from('Lomé '), Buffer.from([0xff]), Buffer.from(' Tomé')]), 64)).toBe('Lomé \ufffd Tomé');
  });

  test('when a UTF-8 JSON Lines file has a line in windows-1252, then that line reads as windows-1252 and the others as UTF-8 (an indexer review)', () => {
    const bytes = Buffer.concat([Buffer.from('{"t":"Gdańsk"}\n'), latin1('{"t":"S\xe3o Tom\xe9"}\n'), Buffer.from('{"t":"Łódź"}\n')]);
    for (const size of [4096, 64, 7]) expect(streamed(bytes, size)).toBe('{"t":"Gdańsk"}\n{"t":"São Tomé"}\n{"t":"Łódź"}\n');
  });
});
