/* global document */
/* Lan Tỏa public forms: solves the server's proof-of-work challenge in the browser, so that a
   person need not answer the check question. Without this script the form still works: the
   question is answered by hand. SHA-256 as in FIPS 180-4. */
(function () {
  'use strict';
  var K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ]);
  var W = new Uint32Array(64);

  function rotr(x, n) {
    return (x >>> n) | (x << (32 - n));
  }

  /* SHA-256 of an ASCII string; returns the first word of the digest (enough to count zero bits). */
  function firstWord(text) {
    var len = text.length;
    var blocks = ((len + 9 + 63) >> 6) << 4;
    var m = new Uint32Array(blocks);
    for (var i = 0; i < len; i++) m[i >> 2] |= (text.charCodeAt(i) & 0xff) << (24 - (i & 3) * 8);
    m[len >> 2] |= 0x80 << (24 - (len & 3) * 8);
    m[blocks - 1] = len * 8;
    var h0 = 0x6a09e667, h1 = 0xbb67ae85, h2 = 0x3c6ef372, h3 = 0xa54ff53a;
    var h4 = 0x510e527f, h5 = 0x9b05688c, h6 = 0x1f83d9ab, h7 = 0x5be0cd19;
    for (var off = 0; off < blocks; off += 16) {
      for (var t = 0; t < 16; t++) W[t] = m[off + t];
      for (t = 16; t < 64; t++) {
        var x = W[t - 15], y = W[t - 2];
        var s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
        var s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
        W[t] = (W[t - 16] + s0 + W[t - 7] + s1) | 0;
      }
      var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
      for (t = 0; t < 64; t++) {
        var S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
        var ch = (e & f) ^ (~e & g);
        var t1 = (h + S1 + ch + K[t] + W[t]) | 0;
        var S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
        var maj = (a & b) ^ (a & c) ^ (b & c);
        var t2 = (S0 + maj) | 0;
        h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h0 = (h0 + a) | 0; h1 = (h1 + b) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0;
      h4 = (h4 + e) | 0; h5 = (h5 + f) | 0; h6 = (h6 + g) | 0; h7 = (h7 + h) | 0;
    }
    return { w0: h0 >>> 0, w1: h1 >>> 0 };
  }

  function zeroBits(d) {
    if (d.w0 !== 0) return Math.clz32(d.w0);
    return 32 + Math.clz32(d.w1);
  }

  function bitsOf(token) {
    try {
      var payload = token.split('.')[0].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(atob(payload)).b;
    } catch {
      return null;
    }
  }

  function setUp(form) {
    var token = form.elements.namedItem('challenge').value;
    var out = form.elements.namedItem('pow_solution');
    var status = form.querySelector('[data-pow-status]');
    var check = form.querySelector('[data-no-script-check]');
    var bits = bitsOf(token);
    if (!bits || !out) return;
    var solved = false;
    var waiting = false;
    var k = 0;
    if (check) check.hidden = true;
    if (status) {
      status.hidden = false;
      status.textContent = 'Trình duyệt đang thực hiện bước kiểm tra chống gửi tự động…';
    }
    function step() {
      var end = Date.now() + 40;
      while (Date.now() < end) {
        for (var i = 0; i < 500; i++, k++) {
          if (zeroBits(firstWord(token + ':' + k)) >= bits) {
            out.value = String(k);
            solved = true;
            if (status) status.textContent = 'Đã hoàn tất bước kiểm tra. Anh/chị có thể gửi phản ánh.';
            if (waiting) form.submit();
            return;
          }
        }
      }
      setTimeout(step, 0);
    }
    form.addEventListener('submit', function (ev) {
      if (solved) return;
      ev.preventDefault();
      waiting = true;
      if (status) status.textContent = 'Đang hoàn tất bước kiểm tra, phản ánh sẽ được gửi ngay sau đó…';
    });
    setTimeout(step, 0);
  }

  var forms = document.querySelectorAll('form[data-pow-form]');
  for (var i = 0; i < forms.length; i++) setUp(forms[i]);
})();
