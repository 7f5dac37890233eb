/**
 * RAN PP TPPO 2020–2024 (demo matrix), strategies 4–6: legal norms; law enforcement;
 * coordination and cooperation. Same format and caveats as demo-plan-data-ran-1.ts.
 */
export const RAN_MATRIX_2 = `
P | 4.1 | norma_hukum | Penyusunan peraturan pelaksanaan dan kebijakan
A | 4.1.1 | KEMNAKER | BP2MI KEMENKUMHAM | apbn 800 | Penyusunan peraturan pelaksanaan UU 18/2017 tentang Pelindungan Pekerja Migran Indonesia
I | dokumen | higher | 4 | 3 3 2 2 1 | Peraturan pelaksanaan yang ditetapkan
A | 4.1.2 | MA | KEJAKSAAN LPSK | melekat apbn | Penyusunan peraturan tata cara permohonan dan pemberian restitusi dan kompensasi kepada korban
I | dokumen | yesno | 0 | 0 0 1 0 0 | Peraturan tata cara restitusi dan kompensasi ditetapkan
A | 4.1.3 | KEMENPPPA | KEMENKO_PMK KEMENKUMHAM | melekat apbn | Revisi Perpres 69/2008 tentang Gugus Tugas PP TPPO
I | dokumen | yesno | 0 | 0 1 0 1 0 | Perubahan Perpres Gugus Tugas PP TPPO ditetapkan
A | 4.1.4 | KEMENDAGRI | KEMENPPPA KEMENKUMHAM | apbn 450 | Fasilitasi penyusunan peraturan daerah tentang pencegahan dan penanganan TPPO
I | provinsi | attain | 14 | 16 19 22 26 30 | Provinsi yang menetapkan perda atau pergub PP TPPO

P | 4.2 | norma_hukum | Harmonisasi hukum dan pedoman penanganan
A | 4.2.1 | KEJAKSAAN | POLRI MA | apbn 500 | Penyusunan pedoman bersama penanganan perkara TPPO bagi aparat penegak hukum
I | dokumen | yesno | 0 | 0 1 1 1 1 | Pedoman penanganan perkara TPPO yang berlaku dan dimutakhirkan
A | 4.2.2 | KEMENKUMHAM | KEMENPPPA KEJAKSAAN | apbn 650 | Analisis dan evaluasi hukum peraturan perundang-undangan terkait TPPO
I | dokumen | higher | 1 | 1 1 2 2 2 | Dokumen analisis dan evaluasi hukum yang diselesaikan
A | 4.2.3 | KEMENKUMHAM | KEMLU KEJAKSAAN | melekat apbn | Pengesahan perjanjian bantuan hukum timbal balik (MLA) dan ekstradisi dengan negara tujuan
I | perjanjian | higher | 9 | 1 1 0 2 1 | Perjanjian MLA dan ekstradisi yang disahkan

P | 5.1 | penegakan_hukum | Penyidikan, penuntutan dan pemeriksaan perkara TPPO
A | 5.1.1 | POLRI | KEJAKSAAN KEMENKUMHAM BP2MI | apbn 7400 | Penyelidikan dan penyidikan perkara TPPO, termasuk melalui Satgas TPPO
I | perkara | higher | - | 110 130 150 180 200 | Perkara TPPO yang disidik | 2023=400 2024=600
I | persen | higher | 65 | 70 72 75 78 80 | Perkara TPPO yang dinyatakan lengkap (P21)
A | 5.1.2 | KEJAKSAAN | POLRI LPSK | apbn 3100 | Penuntutan perkara TPPO dengan tuntutan restitusi bagi korban
I | persen | higher | 30 | 40 50 60 70 80 | Tuntutan perkara TPPO yang memuat restitusi
I | perkara | lower | 14 | 12 11 10 9 8 | Perkara TPPO yang diputus bebas
A | 5.1.3 | MA | KEJAKSAAN | melekat apbn | Pemeriksaan dan pemutusan perkara TPPO tepat waktu di pengadilan
I | persen | higher | 80 | 82 85 88 90 92 | Perkara TPPO yang diputus dalam jangka waktu standar
A | 5.1.4 | PPATK | POLRI KEJAKSAAN | melekat apbn | Analisis transaksi keuangan terkait TPPO untuk penelusuran aset pelaku
I | laporan | higher | 12 | 10 12 15 18 20 | Hasil analisis PPATK terkait TPPO yang disampaikan ke penyidik
A | 5.1.5 | KEMENKUMHAM | POLRI BP2MI TNI | apbn 2300 | Pencegahan keberangkatan PMI nonprosedural di bandara, pelabuhan dan PLBN
I | orang | higher | 3000 | 2000 3000 4000 4500 5000 | Calon PMI nonprosedural yang dicegah berangkat
A | 5.1.6 | BAKAMLA | TNI POLRI KKP | apbn 2900 | Patroli keamanan laut terpadu terhadap penyelundupan dan perdagangan orang
I | kegiatan | higher | 40 | 30 40 50 55 60 | Patroli terpadu yang dilaksanakan

P | 5.2 | penegakan_hukum | Peningkatan kapasitas aparat penegak hukum
A | 5.2.1 | POLRI | KEMENPPPA | apbn 1700 | Pelatihan penyidik Polri tentang penanganan perkara TPPO berperspektif korban
I | orang | higher | 350 | 200 350 400 450 500 | Penyidik yang dilatih
A | 5.2.2 | KEJAKSAAN | LPSK | apbn 1200 | Pelatihan jaksa tentang penuntutan perkara TPPO dan restitusi
I | orang | higher | 180 | 100 180 200 220 250 | Jaksa yang dilatih
A | 5.2.3 | MA | KEMENPPPA | apbn 1000 | Pelatihan dan sertifikasi hakim dalam perkara TPPO
I | orang | higher | 120 | 60 120 150 150 180 | Hakim yang dilatih
A | 5.2.4 | KEMENKUMHAM | POLRI BP2MI | apbn 700 | Pelatihan petugas imigrasi dalam identifikasi calon korban TPPO
I | orang | higher | 400 | 250 400 500 550 600 | Petugas imigrasi yang dilatih

P | 5.3 | penegakan_hukum | Kerja sama penegakan hukum lintas negara
A | 5.3.1 | POLRI | KEMLU KEJAKSAAN | apbn 1900 | Kerja sama kepolisian internasional (Interpol, Aseanapol) dalam perkara TPPO lintas negara
I | kegiatan | higher | 8 | 6 8 10 12 14 | Operasi dan penyidikan bersama dengan kepolisian negara lain
A | 5.3.2 | KEMENKUMHAM | KEJAKSAAN KEMLU | melekat apbn | Penanganan permintaan bantuan hukum timbal balik (MLA) dalam perkara TPPO
I | permintaan | higher | 5 | 4 5 6 7 8 | Permintaan MLA perkara TPPO yang diproses

P | 6.1 | koordinasi | Penguatan kelembagaan Gugus Tugas PP TPPO
A | 6.1.1 | KEMENPPPA | KEMENKO_PMK POLRI KEMENKO_POLHUKAM | apbn 1500 | Rapat koordinasi Gugus Tugas PP TPPO tingkat pusat dan sub gugus tugas
I | kegiatan | higher | 12 | 8 12 12 16 16 | Rapat koordinasi yang dilaksanakan
A | 6.1.2 | KEMENDAGRI | KEMENPPPA | apbn 900 | Pembentukan dan penguatan Gugus Tugas PP TPPO provinsi dan kabupaten/kota
I | kabupaten/kota | attain | 245 | 260 290 320 360 400 | Kabupaten/kota yang telah membentuk gugus tugas
I | daerah | attain | 60 | 70 90 120 160 200 | Daerah yang menetapkan RAD PP TPPO
A | 6.1.3 | KEMENPPPA | KEMENKO_PMK | melekat apbn | Penyusunan laporan tahunan Gugus Tugas PP TPPO kepada Presiden
I | dokumen | yesno | 1 | 1 1 1 1 1 | Laporan tahunan disampaikan kepada Presiden
A | 6.1.4 | KEMENDAGRI | KEMENPPPA KEMENSOS | apbn 600 | Fasilitasi kerja sama antardaerah asal, transit dan tujuan dalam penanganan korban
I | kesepakatan | higher | 10 | 5 10 12 15 18 | Kesepakatan kerja sama antardaerah yang ditandatangani

P | 6.2 | koordinasi | Data dan informasi TPPO terintegrasi
A | 6.2.1 | KEMENPPPA | POLRI KEMENSOS BP2MI BPS | apbn 2000 | Pengembangan sistem data dan informasi TPPO terintegrasi antar-K/L
I | K/L | attain | 3 | 4 6 9 12 15 | K/L yang terhubung dengan sistem data TPPO terintegrasi
A | 6.2.2 | BPS | KEMENPPPA POLRI | melekat apbn | Penyusunan statistik TPPO nasional
I | publikasi | higher | 0 | 0 1 1 1 1 | Publikasi statistik TPPO yang diterbitkan

P | 6.3 | koordinasi | Kerja sama internasional dan kemitraan
A | 6.3.1 | KEMNAKER | KEMLU BP2MI | apbn 1400 | Perundingan dan penandatanganan MoU penempatan dan pelindungan PMI dengan negara tujuan
I | dokumen | higher | 12 | 1 2 2 2 2 | MoU dengan negara tujuan yang ditandatangani
A | 6.3.2 | KEMLU | POLRI KEMENPPPA | apbn 1100 | Partisipasi dalam kerja sama regional ASEAN (ACTIP, SOMTC) dan Bali Process
I | forum | higher | 10 | 8 10 12 12 14 | Forum kerja sama regional yang diikuti atau diselenggarakan
A | 6.3.3 | KEMENPPPA | KEMENSOS BP2MI | other 900 | Kemitraan dengan organisasi masyarakat sipil, dunia usaha dan organisasi internasional
I | kesepakatan | higher | 6 | 4 6 8 10 12 | Kesepakatan kemitraan yang aktif

P | 6.4 | koordinasi | Pemantauan dan evaluasi rencana aksi
A | 6.4.1 | KEMENKO_PMK | KEMENPPPA BAPPENAS | apbn 700 | Pemantauan dan evaluasi pelaksanaan RAN dan RAD PP TPPO
I | persen | higher | 55 | 60 70 80 85 90 | K/L yang menyampaikan laporan pelaksanaan RAN tepat waktu
`;
