// Panduan: the help page that takes a clerk from an empty SOP to a printed one, in both
// languages. Commands are named by their id in the command table, `{cmd:approve}` for the label
// and `{key:insertStepBelow}` for the keys, so the page never drifts from the buttons and keys.
// Each picture is a screenshot of the app taken by the e2e suite (tests/e2e/clerk-session.spec.ts)
// into renderer/public/help/, so the pictures follow the screens.

import type { Language } from '../../i18n';

export type GuidePicture = { file: string; alt: string };

export type GuideSection = {
  id: string;
  title: string;
  paragraphs: readonly string[];
  picture?: GuidePicture;
};

/** The pictures of the guide, by file name in renderer/public/help/. */
export const GUIDE_PICTURES = [
  'editor.png',
  'decision.png',
  'paste.png',
  'preview.png',
  'library.png',
] as const;

const id: readonly GuideSection[] = [
  {
    id: 'mulai',
    title: 'Dari SOP kosong sampai tercetak',
    paragraphs: [
      'Isi dulu Pengaturan sekali saja: nama pemerintah daerah, instansi, unit kerja, logo, pejabat yang mengesahkan, kertas, dan daftar peran pelaksana. Setiap SOP baru mengambilnya dari sana.',
      'Pilih {cmd:newSop}. Centang peran pelaksana yang ikut dalam SOP ini dan urutkan; masing-masing menjadi satu kolom tabel. Peran lain dapat diketik di sana dan ikut masuk daftar.',
      'Di Identitas isi Nomor SOP, tanggal, Nama SOP, Dasar Hukum dan daftar lainnya. Daftar dari Word atau Excel dapat ditempel sekaligus: setiap baris menjadi satu butir.',
      'Di Diagram alir tulis satu kegiatan per baris, lalu tempatkan simbol di kolom pelaksananya. Isi Kelengkapan, Waktu dan Output. Panah tergambar sendiri.',
      'Buka panel Periksa untuk melihat yang belum lengkap; klik temuan untuk langsung ke selnya. Lihat Pratinjau, lalu {cmd:saveRevision}, {cmd:approve}, dan {cmd:exportPdf} atau {cmd:print}.',
      'Semua perubahan tersimpan otomatis sebagai draf; {cmd:undo} ({key:undo}) membatalkan langkah terakhir.',
    ],
    picture: {
      file: 'editor.png',
      alt: 'Tabel diagram alir dengan kegiatan, simbol dan Mutu Baku',
    },
  },
  {
    id: 'simbol',
    title: 'Lima simbol dan kapan dipakai',
    paragraphs: [
      'Kapsul (terminator): kegiatan pertama dan terakhir, awal dan akhir prosedur. {key:placeTerminator} di sel pelaksana.',
      'Kotak (proses): setiap kegiatan biasa. {key:placeProcess} di sel pelaksana.',
      'Belah ketupat (keputusan): pertanyaan dengan dua jawaban, misalnya "Berkas lengkap?". {key:placeDecision} di sel pelaksana.',
      'Anak panah: arah alur. Tidak digambar tangan; aplikasi menggambarnya dari urutan kegiatan dan jalan keluar keputusan.',
      'Segi lima (penghubung antarhalaman): muncul sendiri di tempat alur berpindah halaman, berpasangan dengan huruf yang sama (A, B, …).',
      'Kegiatan baru belum punya simbol. Menempatkan simbol di kolom lain memindahkannya; {key:clearSymbol} mengosongkan sel.',
    ],
  },
  {
    id: 'keputusan',
    title: 'Keputusan dan jalan keluarnya',
    paragraphs: [
      'Keputusan selalu punya dua jalan keluar, Ya dan Tidak (namanya boleh diganti, misalnya "Lengkap" dan "Tidak lengkap"). Biasanya Ya berlanjut ke kegiatan berikutnya dan Tidak kembali ke kegiatan sebelumnya.',
      'Saat sebuah kegiatan dijadikan belah ketupat, jendela jalan keluar terbuka: Tidak sudah diarahkan ke kegiatan sebelumnya dan Ya ke kegiatan berikutnya. Periksa, ubah bila perlu, lalu simpan.',
      'Jendela itu dapat dibuka lagi dengan {cmd:editDecision} di bilah alat atau menu baris ({key:editDecision}), dengan klik pada belah ketupat, atau dari temuan Periksa tentang keputusan itu.',
    ],
    picture: { file: 'decision.png', alt: 'Jendela jalan keluar keputusan: Ya dan Tidak' },
  },
  {
    id: 'bersama',
    title: 'Kegiatan bersama',
    paragraphs: [
      'Bila satu kegiatan dikerjakan beberapa pelaksana bersama-sama (misalnya rapat), simbolnya ada di beberapa kolom dan dihubungkan garis mendatar.',
      'Kegiatan bersama hanya dibuat bila diminta: pilih {cmd:makeJoint} di menu baris atau bilah alat, tekan {key:makeJoint} di sel kolom kedua, atau Ctrl+klik (Alt+klik) sel itu. Tanpa itu, simbol berpindah ke kolom yang diklik.',
    ],
  },
  {
    id: 'tempel',
    title: 'Menempel dari Excel atau Word',
    paragraphs: [
      'Salin baris tabel dari Excel atau Word lalu tempel ({keys:Mod+V}) di tabel diagram alir. Kolom dicocokkan menurut judulnya (Kegiatan, Kelengkapan, Waktu, Output, Keterangan) bila judul ikut disalin; tanpa judul, menurut bentuknya: blok tanpa kolom pelaksana mengisi kolom teks berurutan.',
      'Teks tidak pernah menjadi simbol. Hanya tanda di kolom pelaksana (X, v, √, 1) pada blok selebar seluruh tabel yang menjadi simbol.',
      'Menempel tidak menimpa kegiatan yang sudah berisi: baris yang tidak muat disisipkan sebagai kegiatan baru di tempat tempel. Pemberitahuan menyebut berapa kegiatan masuk ke kolom mana, dan satu kali {cmd:undo} membatalkan semuanya.',
    ],
    picture: { file: 'paste.png', alt: 'Pemberitahuan setelah menempel tiga kegiatan' },
  },
  {
    id: 'halaman',
    title: 'Halaman, kertas dan penghubung',
    paragraphs: [
      'Kertas (A4, F4 atau Legal, mendatar) dipilih di Identitas dan berlaku untuk PDF, cetak dan Excel. Pratinjau menunjukkan halaman persis seperti tercetak.',
      'Baris tidak pernah terpotong di antara dua halaman dan judul tabel diulang di setiap halaman. Di tempat alur pindah halaman, aplikasi memasang pasangan segi lima berhuruf sama.',
    ],
    picture: { file: 'preview.png', alt: 'Pratinjau halaman cetak' },
  },
  {
    id: 'pengesahan',
    title: 'Pengesahan dan revisi',
    paragraphs: [
      '{cmd:saveRevision} menyimpan keadaan sekarang sebagai revisi bernomor, dengan catatan. {cmd:history} menampilkan semua revisi dan membandingkan revisi terakhir dengan sebelumnya.',
      '{cmd:approve} membekukan revisi resmi. Perubahan sesudahnya tidak menghapus pengesahan: pustaka dan editor menulis "Disahkan rev. N · ada perubahan belum disahkan".',
      'Saat mencetak atau mengekspor SOP yang punya perubahan belum disahkan, aplikasi bertanya mana yang dicetak: revisi yang disahkan, atau draf dengan tanda DRAF di setiap halaman.',
    ],
    picture: { file: 'library.png', alt: 'Pustaka SOP dengan status pengesahan' },
  },
  {
    id: 'biro',
    title: 'Bertukar Excel dengan Bagian Organisasi',
    paragraphs: [
      '{cmd:exportExcel} menulis SOP dalam tata letak biro, dengan simbol dan panah sebagai bentuk gambar Excel. Dari Pustaka SOP, Excel untuk Biro menulis banyak SOP sekaligus beserta lembar Daftar SOP.',
      '{cmd:importExcel} membaca buku kerja dari biro atau dari kantor lain. Sebelum masuk pustaka, aplikasi menampilkan apa yang ditemukan di setiap lembar dan apa yang tidak dapat dibaca.',
      '{cmd:importPdf} membaca SOP dari PDF lewat tinjauan yang sama. PDF dari {cmd:exportPdf} dan Buku SOP membawa lampiran sumbernya (.sop.json), sehingga diimpor kembali persis sama; lampiran ini dapat dimatikan di Pengaturan. PDF hasil pindaian (gambar tanpa teks) dan PDF berkata sandi atau berisi skrip ditolak dengan penjelasannya.',
    ],
  },
  {
    id: 'server',
    title: 'Mengirim SOP ke Bagian Organisasi lewat server',
    paragraphs: [
      'Bila kantor memakai server organisasi, isi alamat dan kata sandi dari pengelola server di Pengaturan → Server organisasi. Pustaka SOP lalu menampilkan kolom Di Biro, status SOP di server organisasi: belum dikirim, menunggu dikirim, dikirim, dikembalikan (dengan catatan Biro), diterima, dan ditetapkan (dengan nomor keputusan dan LAMPIRAN); tekan statusnya untuk rinciannya. Kolom Pengesahan tetap menunjukkan pengesahan di kantor sendiri (Draf atau Disahkan).',
      '{cmd:publishToServer} mengirim revisi tersimpan yang belum ada di Biro: di Pustaka SOP, Kirim semua mengirim SOP di daftar yang menunggu dikirim setelah Anda mengonfirmasi jumlahnya; Kirim di baris mengirim satu SOP; di editor: SOP yang terbuka. Login Biro tidak mengirim. Draf yang belum disimpan sebagai revisi tidak ikut. Bila server tidak terjangkau, SOP menunggu dikirim dan terkirim sendiri saat aplikasi dibuka atau setiap lima menit.',
      '{cmd:pullFromServer} mengambil hasil telaah dan catatan Biro, serta revisi yang dikirim PC lain dari unit yang sama; tombol Bandingkan dengan draf menunjukkan bedanya. Bila pengiriman ditolak karena ada revisi yang lebih baru di server, tarik dulu, periksa bedanya, simpan revisi, lalu kirim lagi. {cmd:openRegister} menampilkan SOP terbit semua unit.',
    ],
  },
  {
    id: 'cadangan',
    title: 'Cadangan pustaka',
    paragraphs: [
      'Aplikasi menyalin pustaka sekali sehari (tujuh hari terakhir disimpan). Di Pustaka SOP, tombol Cadangan menyimpan salinan ke berkas pilihan Anda (misalnya flashdisk) dan memulihkan pustaka dari salinan.',
    ],
  },
];

const en: readonly GuideSection[] = [
  {
    id: 'mulai',
    title: 'From an empty SOP to a printed one',
    paragraphs: [
      'Fill in Settings once: the local government, agency, unit, logo, approving official, paper and the list of executor roles. Every new SOP takes them from there.',
      'Choose {cmd:newSop}. Tick the executor roles of this SOP and put them in order; each becomes a column of the table. Another role can be typed there and joins the list.',
      'In Identity fill in the SOP number, dates, name, legal basis and the other lists. A list from Word or Excel can be pasted at once: each line becomes an item.',
      'In Flowchart write one activity per row, then place its symbol in the executor’s column. Fill in Requirements, Time and Output. The arrows draw themselves.',
      'Open the Checks panel to see what is missing; click a finding to go to its cell. Look at the Preview, then {cmd:saveRevision}, {cmd:approve}, and {cmd:exportPdf} or {cmd:print}.',
      'Every change is saved automatically as a draft; {cmd:undo} ({key:undo}) takes the last one back.',
    ],
    picture: {
      file: 'editor.png',
      alt: 'The flowchart table with activities, symbols and quality standards',
    },
  },
  {
    id: 'simbol',
    title: 'The five symbols and when to use them',
    paragraphs: [
      'Capsule (terminator): the first and the last activity, start and end. {key:placeTerminator} in an executor cell.',
      'Rectangle (process): every ordinary activity. {key:placeProcess} in an executor cell.',
      'Diamond (decision): a question with two answers, such as "Documents complete?". {key:placeDecision} in an executor cell.',
      'Arrow: the direction of the flow. Never drawn by hand; the app draws it from the order of the activities and the decisions’ exits.',
      'Pentagon (off-page connector): appears by itself where the flow moves to another page, in pairs with the same letter (A, B, …).',
      'A new activity has no symbol. Placing a symbol in another column moves it; {key:clearSymbol} empties the cell.',
    ],
  },
  {
    id: 'keputusan',
    title: 'Decisions and their exits',
    paragraphs: [
      'A decision always has two exits, Yes and No (they may be renamed, e.g. "Complete" and "Incomplete"). Usually Yes continues to the next activity and No returns to an earlier one.',
      'When an activity becomes a diamond, the exits window opens: No already points to the previous activity and Yes to the next. Check, change if needed, and save.',
      'The window opens again with {cmd:editDecision} in the toolbar or the row menu ({key:editDecision}), with a click on the diamond, or from a Checks finding about that decision.',
    ],
    picture: { file: 'decision.png', alt: 'The decision exits window: Yes and No' },
  },
  {
    id: 'bersama',
    title: 'Joint activities',
    paragraphs: [
      'When several executors do one activity together (a meeting, say), its symbol stands in several columns joined by a horizontal line.',
      'A joint activity is made only when asked for: choose {cmd:makeJoint} in the row menu or the toolbar, press {key:makeJoint} in the second column’s cell, or Ctrl+click (Alt+click) that cell. Otherwise the symbol moves to the clicked column.',
    ],
  },
  {
    id: 'tempel',
    title: 'Pasting from Excel or Word',
    paragraphs: [
      'Copy table rows in Excel or Word and paste them ({keys:Mod+V}) into the flowchart table. Columns are matched by their headings (Activity, Requirements, Time, Output, Notes) when the heading row was copied; without one, by the shape of the block: a block without executor columns fills the text columns in order.',
      'Text never becomes a symbol. Only marks in executor columns (X, v, √, 1) of a block as wide as the whole table become symbols.',
      'A paste never overwrites an activity that has content: rows that do not fit are inserted as new activities at the paste point. A notice says how many activities went into which columns, and one {cmd:undo} takes it all back.',
    ],
    picture: { file: 'paste.png', alt: 'The notice after pasting three activities' },
  },
  {
    id: 'halaman',
    title: 'Pages, paper and connectors',
    paragraphs: [
      'The paper (A4, F4 or Legal, landscape) is chosen in Identity and holds for the PDF, printing and Excel. The Preview shows the pages exactly as printed.',
      'A row is never split across two pages and the table heading repeats on every page. Where the flow moves to another page, the app places a pair of pentagons with the same letter.',
    ],
    picture: { file: 'preview.png', alt: 'The print preview' },
  },
  {
    id: 'pengesahan',
    title: 'Approval and revisions',
    paragraphs: [
      '{cmd:saveRevision} keeps the current state as a numbered revision with a note. {cmd:history} lists every revision and compares the latest with the one before.',
      '{cmd:approve} freezes the official revision. Later changes do not undo the approval: the library and the editor say "Approved rev. N · unapproved changes".',
      'When printing or exporting an SOP with unapproved changes, the app asks which to print: the approved revision, or the draft marked DRAF on every page.',
    ],
    picture: { file: 'library.png', alt: 'The SOP library with approval status' },
  },
  {
    id: 'biro',
    title: 'Exchanging Excel with the organisation bureau',
    paragraphs: [
      '{cmd:exportExcel} writes the SOP in the bureau’s layout, with the symbols and arrows as Excel drawing shapes. From the SOP library, Excel for the bureau writes many SOPs at once with the SOP register sheet.',
      '{cmd:importExcel} reads a workbook from the bureau or another office. Before anything enters the library, the app shows what it found on each sheet and what it could not read.',
      '{cmd:importPdf} reads SOPs from a PDF through the same review. PDFs from {cmd:exportPdf} and the SOP book carry their source (.sop.json) as an attachment, so they import back exactly; the attachment can be turned off in Settings. Scanned PDFs (pictures without text), password-protected PDFs and PDFs with scripts are refused with the reason.',
    ],
  },
  {
    id: 'server',
    title: 'Sending SOPs to the bureau through the server',
    paragraphs: [
      'When the office uses an organisation server, enter the address and password from its administrator in Settings → Organisation server. The SOP library then shows an At the bureau column, the SOP’s status on the organisation server: not sent, waiting to be sent, submitted, returned (with the bureau’s note), accepted, and set by decree (with the decree number and ANNEX); press the status for its details. The Approval column still shows the approval in your own office (Draft or Approved).',
      '{cmd:publishToServer} sends the saved revisions the bureau does not have yet: in the SOP library, Send all sends the listed SOPs waiting to be sent once you confirm their number; Send on a row sends one SOP; in the editor: the open SOP. A bureau login sends nothing. A draft not saved as a revision is not sent. When the server cannot be reached the SOPs wait and go on their own when the app opens or every five minutes.',
      '{cmd:pullFromServer} fetches the bureau’s review results and notes, and revisions sent from another PC of the same unit; Compare with the draft shows what differs. When a send is refused because the server has a newer revision, pull first, check the differences, save a revision and send again. {cmd:openRegister} shows every unit’s published SOPs.',
    ],
  },
  {
    id: 'cadangan',
    title: 'Library backups',
    paragraphs: [
      'The app copies the library once a day (the last seven days are kept). In the SOP library, the Backups button saves a copy to a file you choose (a USB drive, say) and restores the library from a copy.',
    ],
  },
];

export const GUIDE: Record<Language, readonly GuideSection[]> = { id, en };
