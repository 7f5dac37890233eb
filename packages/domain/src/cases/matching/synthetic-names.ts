/**
 * Name stock for the synthetic test set: given names and family names as they occur in the
 * regions that send most trafficking victims. Made up from common usage, not from any register.
 * Lists are ordered roughly by how common a name is; the generator picks with a Zipf-like bias,
 * so "Siti" and "Sri" are frequent and many names are rare, as in real lists.
 */
export type NameCulture = {
  /** Kabupaten/kota codes (Kemendagri) where this naming is usual. */
  regencies: readonly string[];
  female: readonly string[];
  male: readonly string[];
  /** Second given names, or clan names (marga, fam) where `clan` is set. */
  second: readonly string[];
  /** The last part is a clan name shared by siblings (Batak marga, NTT fam). */
  clan?: boolean;
  /** Father's name with bin/binti is usual. */
  patronymic?: boolean;
  /** Share of people here known by one name only. */
  mononym: number;
};

const list = (names: string) => names.trim().split(/\s+/);

export const CULTURES: readonly NameCulture[] = [
  {
    // Jawa Tengah, Jawa Timur, DIY
    regencies: list(
      '33.01 33.02 33.03 33.05 33.08 33.09 33.19 33.29 35.05 35.07 35.09 35.22 35.25 35.04 34.03',
    ),
    female: list(`Sri Siti Tri Dwi Endang Sukarti Suparmi Sumarni Painem Wagiyem Sulastri Warsini
      Rini Yuliani Suwarni Kustini Tumini Sutarmi Sukinah Sumiyati Suyatmi Tukinah Paini Wagini Warsiti
      Kasmini Kasiyem Sarmi Sarinah Darmi Darsini Rukmini Rusmini Juminah Jumiati Yatmi Karsinah Tarsih
      Ngatini Ngatinem Ngadinah Legiyem Parmi Partini Sumini Katini Kartini Mujiati Mulyati Murtini Surati
      Sutini Tarmi Tiyem Wartini Winarti Purwanti Sunarti Wahyuningsih Setyowati Puji Eni Umi Ani`),
    male: list(`Eko Joko Budi Slamet Agus Bambang Sutrisno Suparman Wagiman Teguh Heru Sugeng Suroso
      Cahyo Sucipto Yusuf Sugiyanto Sukardi Suwarno Tukiman Paijo Parno Darmanto Karyono Sumarno Sarjono
      Wahyudi Triyono Mulyono Hartono Supriyadi Sunarto Widodo Tarno Kasiman Ngadiman Margono Rohmat Imam
      Priyo Rudi Dimas`),
    second:
      list(`Wahyuni Rahayu Lestari Wulandari Prasetyo Santoso Setiawan Handayani Susanti Purnomo Wibowo
      Utami Kurniawan Hidayat Suryani Ningsih Astuti Rahmawati Nugroho Saputro Pratiwi Yulianti Kusuma
      Permana Hartati Maryati Sulistyo Wijaya Haryanto Susilo Puspita Anggraini Fitriani Setyaningsih
      Mulyani Indrawati Hariyanto Budiman Kristiani Nurhadi Sasongko Triyanto Purwaningsih Darmawan`),
    mononym: 0.35,
  },
  {
    // Jawa Barat, Banten
    regencies: list('32.01 32.03 32.05 32.08 32.09 32.10 32.12 32.13 32.15 32.16 36.02 36.03'),
    female:
      list(`Siti Euis Neneng Cucu Entin Iis Yeni Nur Dewi Rina Imas Eulis Tati Ai Enok Elis Lilis Yati
      Nining Heni Titin Atikah Aam Oom Nani Enung Icih Ecin Eti Yoyoh Wiwin Popon Cicih Kokom Ikah Tuti
      Yayah Enah Onah Nenden Rika Resti Sopiah Ela Mimin Neni Ipah`),
    male: list(`Asep Ujang Dede Aep Deden Cecep Ahmad Muhammad Rudi Yayan Dadang Encep Ade Iwan Endang
      Maman Dadan Agus Ayi Didin Ruslan Entis Ohan Udin Jajang Nandang Ikin Eman Engkos Acep Wawan`),
    second:
      list(`Nurhayati Aminah Rohmah Sopiah Komariah Saepudin Hidayat Rosidah Julaeha Maryam Kurniasih
      Sumarna Ruhiyat Aisyah Suryana Rohayati Mulyana Sutisna Hermawan Permana Kusnadi Jubaedah Hasanah
      Nurjanah Solihin Rukmana Setiadi Lestari Fauziah Apriani Rahmat Sunarya Supriatna Maulana Romlah
      Herlina Mardiyah Sukmawati Sobari Hamdani Rosmiati Sumiati Iskandar Kartika Nurlela Hodijah`),
    patronymic: true,
    mononym: 0.2,
  },
  {
    // Nusa Tenggara Barat (Sasak, Mbojo)
    regencies: list('52.01 52.02 52.03 52.04 52.05 52.06 52.08 52.71'),
    female:
      list(`Baiq Siti Nurul Hairunnisa Rahmawati Mariani Sahnun Inaq Sri Nur Halimah Rukmini Zuhriah
      Mahnun Rabiah Saodah Hartini Nurhasanah Sumiati Fatimah Salmah Juhriah Rohani Husnaini Marniati
      Raehan Sapinah Mulyati Julaini Hajrah Rosmini Nuraeni Haerani Masitah Aminah Laelatul Sulhiyah`),
    male: list(`Lalu Muhammad Ahmad Zaini Hasan Abdul Sahdan Mahsun Jumadil Khairul Amaq Saprudin Mursid
      Hamdan Sahnan Zulkarnain Masrun Rusdi Sukri Fathurrahman Syamsul Samsudin Jamaludin Munawir Subhan
      Arifin Sahabudin Burhan Ismail Sapri`),
    second:
      list(`Hajar Aini Hidayah Zainuddin Hakim Rahman Azizah Fadli Rizki Hamdi Wahidah Saleh Huzaimah
      Hasanah Sahidin Mardiana Jannah Mahmud Rosidi Fauzi Herlina Sulaiman Habibah Ramdan Nisa Kurniati
      Safitri Marzuki Hapsah Muliadi Zulaeha Sukardi Kamaludin Farida Hairani Saharudin Suhaimi`),
    patronymic: true,
    mononym: 0.25,
  },
  {
    // Nusa Tenggara Timur (given names with a family name: fam)
    regencies: list('53.01 53.02 53.03 53.04 53.05 53.06 53.07 53.10 53.12 53.14 53.71'),
    female:
      list(`Maria Yuliana Agustina Mariana Yohana Adriana Florida Ernestina Marselina Novita Anastasia
      Katarina Yosefina Margaretha Elisabeth Veronika Martha Sarlince Dorkas Yuliani Oktaviana Selfina
      Maria Rambu Yasinta Apolonia Kristina Imelda Febriana Desiana Delfina Theresia Fransiska Herlina
      Yustina Magdalena Susana Regina Paulina Sesilia Kornelia Aprilia Debora Rosalinda Wilhelmina`),
    male: list(`Yohanes Fransiskus Yosef Petrus Dominggus Yakobus Marthen Aloysius Melkianus Yeremias
      Agustinus Paulus Stefanus Yulius Nikolaus Markus Kornelis Simon Filipus Daniel Semuel Matheus Adrianus
      Benediktus Oktovianus Hendrikus Lukas Mikael Thomas Roni Umbu Gabriel Yoakim Viktor Laurensius`),
    second:
      list(`Tefa Benu Manafe Nenobais Bria Seran Ndun Lay Tanesib Ratu Nahak Klau Fallo Bani Tse Taek
      Kase Neno Lake Selan Sabu Kolo Nope Kana Tapatab Boimau Lopo Bana Anin Tameon Baun Liu Nubatonis
      Sae Tualaka Mnune Oematan Nitbani Amalo Foeh Pah Lado Riwu Kaho Mone Dethan Toy Ludji Bire Haning
      Pellokila Radja Lomi Rihi Manu Djami Hege Kiuk Ully Leo Mau Atok Lelo Funan Asbanu Taloim Naisoko`),
    clan: true,
    mononym: 0.05,
  },
  {
    // Sumatera Utara (Batak marga)
    regencies: list('12.01 12.02 12.03 12.07 12.08 12.12 12.17 12.71'),
    female: list(`Rosmawati Juliana Lamtiur Rosdiana Sarma Tiurma Rina Dewi Nurmala Ruth Lasma Rotua
      Hotnida Tiominar Duma Masniari Erni Lenny Rosmaida Nurhayati Sondang Melati Tetty Rumondang Friska`),
    male: list(`Dedi Jonson Hotman Parlindungan Rudi Marulam Binsar Togar Daniel Saut Poltak Bonar Tumpal
      Halomoan Ronald Hasudungan Manahan Rinaldo Benny Jefri Sahat Tigor Darwin Parulian Amir`),
    second:
      list(`Simanjuntak Siregar Nainggolan Sihombing Situmorang Hutapea Pardede Sinaga Simbolon Manurung
      Panjaitan Hutagalung Sitompul Tambunan Silalahi Sianturi Napitupulu Gultom Marpaung Sitorus Lubis
      Harahap Nasution Purba Saragih Damanik Tarigan Ginting Sembiring Pasaribu Simatupang Aritonang`),
    clan: true,
    mononym: 0.03,
  },
  {
    // Sulawesi Selatan, Kalimantan Barat, Lampung, Kepulauan Riau
    regencies: list(
      '73.08 73.11 73.13 73.14 73.71 61.01 61.06 61.08 61.71 18.01 18.04 18.07 21.71',
    ),
    female:
      list(`Nurhayati Hasnah Sitti Andi Nurlela Fitri Wahyuni Rahmah Marlina Yanti Dian Fatimah Hasma
      Nurbaya Rosmiati Hamsiah Ramlah Suriani Hasriani Kasmawati Jumriah Nurmiati Sumarni Herlina Asriani
      Nurjannah Irmawati Rosdiana Syamsiah Haslinda Musdalifah Hartati Selvi Rismawati Darmawati`),
    male: list(`Andi Muhammad Syamsul Ikhsan Firman Ridwan Hendra Arif Irwan Zulkifli Baharuddin Syahrul
      Nasrullah Jamaluddin Ilham Akbar Haerul Rusli Hasbi Amiruddin Darwis Sudirman Ambo Rahmat Jufri`),
    second:
      list(`Aminah Rahman Syahrir Amir Nurdin Hasanuddin Yusuf Ismail Aisyah Kadir Saputra Sari Anwar
      Basri Hamzah Tahir Latif Rauf Mappiasse Pawelloi Daeng Sulaiman Hamid Rasyid Ramli Kasim Husain
      Salam Hakim Jalil Arsyad Rusdi Junaidi Safitri Mulyadi Effendi Gunawan Pratama Setiawan`),
    patronymic: true,
    mononym: 0.12,
  },
];

/** Share of records from each culture (NTT, NTB, Java first among origins of migrant victims). */
export const CULTURE_WEIGHTS = [0.3, 0.2, 0.15, 0.2, 0.05, 0.1] as const;

/** Fathers' names for bin/binti. */
export const FATHERS =
  list(`Ahmad Abdullah Yusuf Ismail Hasan Umar Sulaiman Ibrahim Idris Harun Salim
  Jamil Mansur Ramli Kasim Daud Amin Syukur Abdul Rahman Usman Ali Musa Muhtar Saleh Rasyid Bakri Zakaria
  Mahmud Hamid Sanusi Syarif Junaid Rahmat Hamzah Jafar Nawawi Kadir Marzuki Subki Tahir Arsyad`);

/** Where victims are exploited: countries (ISO alpha-2) and Indonesian destinations. */
export const DESTINATIONS = [
  { country: 'MY', weight: 0.32 },
  { country: 'SA', weight: 0.1 },
  { country: 'KH', weight: 0.1 },
  { country: 'TW', weight: 0.06 },
  { country: 'HK', weight: 0.05 },
  { country: 'MM', weight: 0.05 },
  { country: 'AE', weight: 0.04 },
  { country: 'LA', weight: 0.03 },
  { country: 'SG', weight: 0.03 },
  { country: 'ID', region: '21.71', weight: 0.07 },
  { country: 'ID', region: '31.71', weight: 0.06 },
  { country: 'ID', region: '51.03', weight: 0.04 },
  { country: 'ID', region: '64.72', weight: 0.05 },
] as const;

/** Institutions that record victims (each keeps its own list). */
export const SOURCES = ['polri', 'kemensos', 'kemlu', 'bp2mi', 'uptd_ppa', 'simfoni'] as const;
