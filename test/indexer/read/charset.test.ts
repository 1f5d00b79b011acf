import { decodeHtml, decodeText } from '../../../indexer/read/charset.js';

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

describe('decodeText', () => {
  test('when a text file is not valid UTF-8, then it is read as windows-1252, quotes and dashes included', () => {
    expect(decodeText(Buffer.from('S\xe3o Tom\xe9 \x93quoted\x94 \x96 caf\xe9', 'latin1'))).toBe('São Tomé “quoted” – café');
  });

  test('when a text file is valid UTF-8 or has a byte-order mark, then it is read as such', () => {
    expect(decodeText(Buffer.from('São Tomé “quoted”'))).toBe('São Tomé “quoted”');
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x53, 0x00, 0xe3, 0x00]))).toBe('Sã');
  });
});
