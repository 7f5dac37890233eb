/**
 * Name pools of the synthetic victims and perpetrators. Common Indonesian given names and family
 * names (marga) by culture area, so a victim from Kupang and one from Indramayu are named as
 * people there usually are. Combinations are drawn at random: any resemblance to a real person is
 * chance, and every record lives in a demo installation whose banner says so.
 */
const list = (text: string): readonly string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

export type NamePool = {
  female: readonly string[];
  male: readonly string[];
  /** Second parts: family names (marga) or common second given names. */
  family: readonly string[];
  /** Marga-based naming: a family name is nearly always written (NTT, Batak, Minahasa). */
  marga: boolean;
  /** Muslim-majority area: bin/binti and the father's name appear on some records. */
  patronymic: boolean;
};

const JAWA: NamePool = {
  female: list(`Siti, Sri, Dewi, Sumarni, Suparmi, Sulastri, Tri Wahyuni, Rahayu, Wulandari,
    Ningsih, Yuliani, Suharti, Kasmini, Tumini, Jumiati, Puji Astuti, Endang, Wartini, Sukinah,
    Darsih, Karsini, Nur Aini, Eka Yuliana, Cahyani, Umi Kulsum, Juwariyah, Sumiyati, Yuyun`),
  male: list(`Budi, Agus, Joko, Slamet, Eko, Bambang, Sutrisno, Suroto, Wahyudi, Teguh, Sugeng,
    Yusuf, Cahyo, Purnomo, Rudi, Supriyadi, Darmaji, Mulyono, Kusnadi, Juned, Sukur, Tarjo`),
  family: list(`Lestari, Susanti, Rahmawati, Setiawan, Prasetyo, Santoso, Saputra, Hidayat,
    Nugroho, Kurniawan, Handayani, Purwanti, Utomo, Wibowo, Sulistyo, Maryati, Wahyuningsih`),
  marga: false,
  patronymic: true,
};

const SUNDA: NamePool = {
  female: list(`Euis, Neng, Cucu, Iis, Tati, Nining, Imas, Yati, Enok, Cicih, Yuyun, Entin, Lilis,
    Ai, Rina, Nunung, Juju, Kokom, Yuyu, Cucu Juariah`),
  male: list(`Asep, Ujang, Dadang, Yayan, Cecep, Dede, Jajang, Oman, Dedi, Ade, Nana, Endang,
    Enjang, Ujang Juhana, Cahyadi, Yusup`),
  family: list(`Sumarni, Rohaeti, Kurniasih, Nurhayati, Suryani, Mulyana, Saepudin, Hermawan,
    Sunarya, Supriatna, Juariah, Rukmana, Suhendar, Jubaedah, Sukmawati`),
  marga: false,
  patronymic: true,
};

const SASAK: NamePool = {
  female: list(`Baiq Nurul, Baiq Rohani, Nurhayati, Rohani, Sumiati, Rukmini, Salmah, Hamsiah,
    Nurhidayah, Mariani, Sahnim, Juhriah, Hairiah, Saodah, Marniati`),
  male: list(`Lalu Ahmad, Muhammad, Zainal, Hamdan, Sahnun, Abdul Rahman, Rusdi, Sapri, Zulkifli,
    Jumadil, Saharudin, Lalu Junaidi`),
  family: list(`Hidayat, Rahman, Fauzi, Apriadi, Hamdi, Sukri, Ismail, Yusuf, Mustiadi, Jaelani`),
  marga: false,
  patronymic: true,
};

const NTT: NamePool = {
  female: list(`Maria, Yuliana, Fransiska, Agustina, Margaretha, Yohana, Anastasia, Kristina,
    Veronika, Maria Goreti, Adriana, Dorkas, Ester, Marta, Yunita, Selfina, Oktaviana, Yasinta`),
  male: list(`Yohanes, Marselinus, Benediktus, Kornelis, Oktovianus, Yakobus, Petrus, Fransiskus,
    Aloysius, Yosef, Melkianus, Daniel, Adrianus, Yustinus, Sebastianus`),
  family: list(`Nahak, Tefa, Bria, Seran, Lake, Bani, Ndun, Pah, Ora, Boimau, Tanesib, Nenobais,
    Taneo, Kase, Manek, Bere, Mau, Neno, Liu, Dethan, Lado, Kana, Bulu, Wedo, Fanggidae, Djami`),
  marga: true,
  patronymic: false,
};

const BATAK: NamePool = {
  female: list(`Rosmawati, Tiurma, Dormian, Lasma, Rosdiana, Mariani, Lenny, Sarma, Nurhayati,
    Juliana, Rotua, Sondang`),
  male: list(`Lamhot, Parlindungan, Bonar, Hotman, Jonny, Togar, Rudi, Dedi, Juntak, Tumpal`),
  family: list(`Siregar, Simanjuntak, Sitompul, Nainggolan, Hutapea, Sihombing, Sinaga,
    Situmorang, Pardede, Manurung, Lubis, Nasution, Harahap, Tambunan`),
  marga: true,
  patronymic: false,
};

const KALBAR: NamePool = {
  female: list(`Yohana, Saripah, Yuliana, Fitriani, Sri Wahyuni, Lia, Mei Ling, Linda, Susanti,
    Lily, Juliana, Nurjanah, Misnah`),
  male: list(`Hendrikus, Juliansyah, Heri, Andi, Rudianto, Agustinus, Syarif, Junaidi, Acong`),
  family: list(`Saputra, Wijaya, Kurniawan, Lestari, Hasanah, Rahmadani, Yulianti, Jamilah`),
  marga: false,
  patronymic: true,
};

const BUGIS: NamePool = {
  female: list(`Hasnah, Nurhaedah, Darmawati, Sitti, Hasmiah, Rosmini, Nurbaya, Hasnawati,
    Juhaeni, Syamsiah`),
  male: list(`Andi, Syamsul, Muhammad Arif, Baharuddin, Sudirman, Ilham, Rahmat, Amiruddin,
    Jufri, Syahrir`),
  family: list(`Rahman, Hasan, Amir, Said, Baso, Nurdin, Jamaluddin, Syarifuddin`),
  marga: false,
  patronymic: true,
};

const MINAHASA: NamePool = {
  female: list(`Jenny, Meiske, Lenny, Fransiska, Vonny, Deysi, Yuliana, Sherly`),
  male: list(`Jefri, Ronald, Stenly, Frangky, Jemmy, Yopie, Jhony`),
  family: list(`Mamahit, Rumondor, Wowor, Tumbelaka, Sondakh, Pangemanan, Lumentut, Rondonuwu,
    Kalalo, Manoppo`),
  marga: true,
  patronymic: false,
};

/** Fathers' names written after bin/binti. */
export const FATHERS = list(`Ahmad, Sulaiman, Abdullah, Muhammad, Salim, Hasan, Karta, Sukarta,
  Wiryo, Juhri, Kasim, Usman, Yunus, Sahid, Tarmuji`);

/** Culture area of a province (Kemendagri code): the pool its people's names come from. */
export function namePool(province: string): NamePool {
  switch (province) {
    case '53':
      return NTT;
    case '52':
      return SASAK;
    case '32':
    case '36':
      return SUNDA;
    case '12':
      return BATAK;
    case '61':
      return KALBAR;
    case '73':
      return BUGIS;
    case '71':
      return MINAHASA;
    default:
      return JAWA;
  }
}

/** Company names of corporate perpetrators; "(fiktif)" so no real company is ever implicated. */
export const COMPANY_WORDS = list(`Karya, Mandiri, Sejahtera, Abadi, Jaya, Makmur, Bahari,
  Sentosa, Cahaya, Gemilang, Mitra, Prima, Utama, Bersama, Nusantara, Samudra, Global, Insan`);

export const COMPANY_ABROAD = list(`Golden Lotus Group, Jinbei Star Co., Ocean Pearl Fisheries,
  Mekong Bright Entertainment, Royal Phoenix Trading, Sunrise Global Recruitment`);
