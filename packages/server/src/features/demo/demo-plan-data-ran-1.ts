/**
 * RAN PP TPPO 2020–2024 (demo matrix), strategies 1–3: prevention; health rehabilitation; social
 * rehabilitation, repatriation and reintegration. INVENTED but credible (see demo-plan-data.ts);
 * record format in parseMatrix. Targets are for 2020–2024, baselines for 2019, budgets are the
 * 2022 pagu in millions of rupiah.
 */
export const RAN_MATRIX_1 = `
P | 1.1 | pencegahan | Peningkatan pemahaman masyarakat tentang TPPO dan migrasi aman
A | 1.1.1 | KEMENPPPA | KEMENDAGRI BP2MI KEMNAKER | apbn 2400 | Sosialisasi pencegahan TPPO dan migrasi aman di desa-desa daerah asal pekerja migran
I | desa | higher | 120 | 100 150 200 250 300 | Desa daerah asal PMI yang memperoleh sosialisasi
I | orang | higher | - | 4000 6000 8000 10000 12000 | Peserta sosialisasi dari unsur masyarakat desa
A | 1.1.2 | KOMINFO | KEMENPPPA POLRI BP2MI | apbn 1500 | Kampanye pencegahan TPPO melalui media digital dan media sosial
I | konten | higher | 60 | 60 80 100 120 150 | Konten kampanye anti-TPPO yang dipublikasikan
A | 1.1.3 | KEMENDIKBUD | KEMENAG KEMENPPPA | apbn 900 | Edukasi pencegahan TPPO di satuan pendidikan menengah dan vokasi
I | sekolah | higher | 250 | 200 300 400 500 600 | Satuan pendidikan yang melaksanakan edukasi pencegahan TPPO
A | 1.1.4 | KEMENAG | KEMENPPPA | melekat apbn | Penyuluhan pencegahan TPPO melalui penyuluh agama dan tokoh agama
I | orang | higher | 300 | 200 400 500 600 700 | Penyuluh agama yang dilatih materi pencegahan TPPO

P | 1.2 | pencegahan | Pencegahan berbasis desa dan komunitas
A | 1.2.1 | KEMENPPPA | KEMENDAGRI KEMENSOS | apbn 1200 | Pembentukan dan penguatan Komunitas Masyarakat Peduli (community watch) anti-TPPO
I | desa | attain | 320 | 340 370 400 430 460 | Desa dengan community watch anti-TPPO yang aktif
A | 1.2.2 | KEMENDAGRI | KEMENPPPA BP2MI | apbn 750 | Fasilitasi penyusunan Peraturan Desa (Perdes) tentang migrasi aman dan pencegahan TPPO
I | dokumen | higher | - | 20 40 60 80 100 | Perdes migrasi aman yang ditetapkan
A | 1.2.3 | KEMNAKER | BP2MI KEMENDAGRI | apbn 5200 | Pengembangan Desa Migran Produktif (Desmigratif) di kantong-kantong PMI
I | desa | higher | 400 | 100 150 150 150 150 | Desa migran produktif yang dibina

P | 1.3 | pencegahan | Tata kelola penempatan dan pelindungan pekerja migran Indonesia
A | 1.3.1 | BP2MI | KEMNAKER KEMENKUMHAM KEMENDAGRI POLRI | apbn 8600 | Penyelenggaraan Layanan Terpadu Satu Atap (LTSA) penempatan dan pelindungan PMI
I | unit | attain | 44 | 46 50 54 58 62 | LTSA PMI yang beroperasi
I | kasus | lower | - | 1800 1700 1600 1500 1400 | Pengaduan PMI bermasalah terkait proses penempatan
A | 1.3.2 | KEMNAKER | BP2MI POLRI | apbn 1100 | Pengawasan perusahaan penempatan PMI (P3MI) dan lembaga pelatihan kerja
I | perusahaan | higher | 150 | 120 160 200 220 240 | P3MI yang diawasi
A | 1.3.3 | BP2MI | KEMNAKER | apbn 3000 | Orientasi pra-penempatan (OPP) bagi calon pekerja migran Indonesia
I | orang | higher | 180000 | 60000 120000 200000 230000 250000 | Calon PMI yang mengikuti orientasi pra-penempatan
A | 1.3.4 | KEMENKUMHAM | BP2MI POLRI | melekat apbn | Pengetatan penerbitan paspor dan wawancara pemohon berindikasi PMI nonprosedural
I | permohonan | higher | 4500 | 2000 3000 5000 6000 6500 | Permohonan paspor yang ditunda karena indikasi PMI nonprosedural

P | 1.4 | pencegahan | Pencegahan pada sektor dan ruang berisiko tinggi
A | 1.4.1 | KOMINFO | POLRI BP2MI | melekat apbn | Pemutusan akses konten dan situs lowongan kerja palsu terkait TPPO
I | konten | higher | 350 | 400 600 800 1000 1200 | Konten lowongan kerja palsu yang diputus aksesnya
A | 1.4.2 | KKP | KEMNAKER KEMENHUB | apbn 1300 | Pelindungan awak kapal perikanan melalui pendaftaran perjanjian kerja laut
I | orang | higher | 9000 | 10000 15000 20000 25000 30000 | Awak kapal perikanan dengan perjanjian kerja laut terdaftar
A | 1.4.3 | KEMENPAREKRAF | KEMENPPPA | apbn 600 | Penerapan kode etik pariwisata bebas eksploitasi anak dan perdagangan orang | retired 2
I | usaha | higher | 80 | 50 100 150 200 250 | Usaha pariwisata yang menandatangani kode etik

P | 2.1 | rehabilitasi_kesehatan | Layanan kesehatan bagi korban TPPO
A | 2.1.1 | POLRI | KEMENKES LPSK | apbn 2100 | Pelayanan kesehatan dan visum bagi korban TPPO di Rumah Sakit Bhayangkara
I | orang | higher | 310 | 250 300 350 400 450 | Korban yang memperoleh layanan kesehatan di RS Bhayangkara
A | 2.1.2 | KEMENKES | KEMENPPPA KEMENSOS | apbn 3200 | Pelayanan kesehatan korban TPPO di puskesmas dan rumah sakit rujukan
I | puskesmas | attain | 2800 | 3000 3400 3800 4200 4600 | Puskesmas mampu tata laksana korban kekerasan dan TPPO
I | persen | higher | 72 | 75 80 85 90 95 | Korban rujukan yang memperoleh layanan kesehatan
A | 2.1.3 | KEMENKES | KEMENSOS KEMENPPPA | apbn 1400 | Layanan kesehatan jiwa dan pemulihan trauma bagi korban TPPO
I | orang | higher | - | 150 200 250 300 350 | Korban yang memperoleh layanan kesehatan jiwa
A | 2.1.4 | KEMENKES | BP2MI KEMENSOS | melekat apbn | Pemeriksaan kesehatan PMI deportan di debarkasi Tanjung Pinang, Nunukan dan Entikong
I | orang | higher | 12000 | 8000 10000 12000 14000 15000 | PMI deportan yang diperiksa kesehatannya

P | 2.2 | rehabilitasi_kesehatan | Pembiayaan dan sumber daya layanan kesehatan korban
A | 2.2.1 | KEMENKES | KEMENKEU KEMENPPPA | - | Penyusunan mekanisme pembiayaan layanan kesehatan korban TPPO di luar JKN
I | dokumen | yesno | 0 | 0 0 1 0 0 | Pedoman pembiayaan layanan kesehatan korban ditetapkan
A | 2.2.2 | KEMENKES | KEMENPPPA | apbn 950 | Pelatihan tenaga kesehatan dalam tata laksana korban kekerasan dan TPPO
I | orang | higher | 600 | 300 600 800 900 1000 | Tenaga kesehatan yang dilatih

P | 3.1 | rehabilitasi_sosial | Rehabilitasi sosial dan perlindungan korban
A | 3.1.1 | KEMENSOS | KEMENPPPA POLRI | apbn 6800 | Rehabilitasi sosial korban TPPO di Rumah Perlindungan dan Trauma Center (RPTC)
I | orang | higher | 1100 | 900 1100 1300 1400 1500 | Korban yang memperoleh rehabilitasi sosial di RPTC
I | unit | attain | 18 | 20 22 24 26 28 | RPTC yang memenuhi standar pelayanan
A | 3.1.2 | KEMENPPPA | KEMENDAGRI KEMENSOS | apbn 4500 | Penyediaan rumah aman dan layanan UPTD PPA bagi perempuan dan anak korban
I | daerah | attain | 160 | 180 220 260 300 340 | Provinsi dan kabupaten/kota yang memiliki UPTD PPA
A | 3.1.3 | LPSK | KEJAKSAAN POLRI | apbn 2600 | Perlindungan saksi dan korban TPPO serta fasilitasi permohonan restitusi
I | orang | higher | 480 | 400 500 600 700 800 | Saksi dan korban TPPO yang dilindungi LPSK

P | 3.2 | rehabilitasi_sosial | Pemulangan korban
A | 3.2.1 | KEMLU | BP2MI KEMENSOS POLRI | apbn 3900 | Pemulangan WNI korban TPPO dari luar negeri melalui perwakilan RI
I | orang | higher | 1200 | 800 1000 1200 1300 1400 | WNI korban TPPO yang dipulangkan | 2023=1800 2024=2200
A | 3.2.2 | KEMENSOS | BP2MI KEMENHUB | apbn 2700 | Pemulangan korban TPPO dari daerah debarkasi dan transit ke daerah asal
I | orang | higher | 900 | 700 850 1000 1100 1200 | Korban yang dipulangkan ke daerah asal
A | 3.2.3 | BP2MI | KEMLU KEMENHUB | apbn 5400 | Fasilitasi pemulangan PMI bermasalah dan jenazah PMI ke daerah asal
I | orang | higher | 2500 | 2000 2500 3000 3200 3400 | PMI bermasalah yang difasilitasi pemulangannya
A | 3.2.4 | KEMLU | POLRI BP2MI KEMENSOS | apbn 1800 | Penanganan dan pemulangan WNI korban penipuan daring (online scam) di Kamboja, Myanmar dan Laos | added 2
I | orang | higher | - | - - - 400 600 | WNI korban penipuan daring yang dipulangkan

P | 3.3 | rehabilitasi_sosial | Reintegrasi sosial dan pemberdayaan ekonomi
A | 3.3.1 | KEMENSOS | KEMENPPPA KEMNAKER | apbn 3300 | Reintegrasi sosial dan bantuan usaha ekonomi produktif bagi korban TPPO
I | orang | higher | 350 | 300 400 500 600 700 | Korban yang menerima bantuan usaha ekonomi produktif
I | orang | lower | - | 0 0 0 0 0 | Korban terreintegrasi yang kembali menjadi korban TPPO
A | 3.3.2 | KEMNAKER | BP2MI KEMENSOS | apbn 2200 | Pelatihan keterampilan kerja bagi korban TPPO dan purna PMI
I | orang | higher | 1500 | 1000 1500 2000 2200 2400 | Korban dan purna PMI yang dilatih
A | 3.3.3 | BP2MI | KEMENKO_PMK KEMENSOS | other 1600 | Pemberdayaan wirausaha purna PMI dan keluarganya bersama mitra swasta
I | orang | higher | 800 | 500 800 1000 1200 1400 | Purna PMI yang memulai usaha
`;
