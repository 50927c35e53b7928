"""Article texts for the sixth probe round (invented stories, invented places
and people): news in the languages of large news markets outside Western
Europe: Indonesian, Turkish, Arabic, Persian, Russian, Ukrainian, Hindi,
Vietnamese, Korean, Chinese, Japanese, Czech, Romanian, Greek, Brazilian
Portuguese and Thai."""

# ================================================================ Indonesian
ID_BANJIR = [
    "Banjir merendam sedikitnya 1.200 rumah di lima kecamatan di Kabupaten Sukamaju, Jawa Barat, setelah hujan deras mengguyur wilayah itu sejak Minggu (12/1/2025) sore.",
    "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Sukamaju, Asep Hidayat, mengatakan ketinggian air di beberapa permukiman mencapai 1,5 meter pada Senin pagi.",
    "\"Sebanyak 430 warga sudah kami evakuasi ke balai desa dan masjid terdekat. Dapur umum juga sudah didirikan sejak tadi malam,\" ujar Asep saat dihubungi, Senin (13/1/2025).",
    "Menurut Asep, Sungai Cikaret meluap karena tanggul di Desa Mekarwangi jebol sepanjang kurang lebih 20 meter. Petugas gabungan masih berupaya menutup tanggul dengan karung pasir.",
    "Sejumlah ruas jalan kabupaten juga tidak bisa dilalui kendaraan roda dua. Arus lalu lintas dari arah Cibeureum dialihkan melalui jalan desa.",
    "Hingga Senin siang tidak ada laporan korban jiwa. Namun, dua warga lanjut usia dilarikan ke puskesmas karena kedinginan.",
    "BMKG memperkirakan hujan dengan intensitas sedang hingga lebat masih akan terjadi di wilayah Sukamaju hingga akhir pekan ini.",
]
ID_PASAR = [
    "Kebakaran melanda Pasar Induk Kramatwangi, Kota Sukamaju, pada Selasa (4/3/2025) dini hari. Sebanyak 86 kios hangus terbakar.",
    "Api diduga berasal dari korsleting listrik di salah satu kios pakaian di lantai dasar. Petugas menerima laporan sekitar pukul 02.15 WIB.",
    "Sebanyak 14 unit mobil pemadam kebakaran dikerahkan ke lokasi. Api baru bisa dipadamkan sekitar tiga jam kemudian.",
    "Kepala Dinas Pemadam Kebakaran Kota Sukamaju, Rudi Santoso, mengatakan tidak ada korban jiwa dalam peristiwa itu. Kerugian ditaksir mencapai Rp 5 miliar.",
    "\"Kami masih menunggu hasil penyelidikan dari tim laboratorium forensik untuk memastikan penyebab kebakaran,\" kata Rudi.",
    "Pemerintah kota berjanji akan menyediakan tempat berjualan sementara bagi para pedagang di lahan parkir pasar mulai pekan depan.",
]
ID_CARDS = [
    ("Harga Cabai Rawit di Sukamaju Tembus Rp 90 Ribu per Kilogram", "Pedagang mengaku pasokan dari petani berkurang sejak musim hujan."),
    ("Jalan Tol Sukamaju-Cikaret Ditargetkan Rampung Akhir Tahun", "Progres pembangunan seksi kedua sudah mencapai 78 persen."),
    ("Ratusan Guru Honorer Datangi Kantor Bupati, Tuntut Kejelasan Status", "Mereka meminta pemerintah daerah segera mengusulkan formasi PPPK."),
    ("Stadion Mandala Jaya Direnovasi, Laga Kandang Dipindah ke Luar Kota", "Renovasi tribun timur diperkirakan memakan waktu enam bulan."),
    ("Dinkes Catat 312 Kasus DBD Sepanjang Januari, Warga Diminta Waspada", "Jumlah itu naik hampir dua kali lipat dibanding periode yang sama tahun lalu."),
]

# ================================================================ Turkish
TR_METRO = [
    "Karakaya Belediyesi'nin yaklaşık dört yıldır inşaatı süren Merkez-Üniversite metro hattı, cumartesi günü düzenlenen törenle hizmete açıldı.",
    "12,4 kilometre uzunluğundaki hatta 11 istasyon bulunuyor. Belediye, hattın günde ortalama 180 bin yolcu taşımasını bekliyor.",
    "Açılış töreninde konuşan Belediye Başkanı Mehmet Yıldırım, projenin toplam maliyetinin 9,2 milyar lira olduğunu söyledi.",
    "\"Bu hat sayesinde üniversiteye ulaşım süresi 50 dakikadan 18 dakikaya inecek. Trafikteki yükü de önemli ölçüde hafifleteceğiz\" dedi.",
    "Metro seferleri ilk hafta boyunca ücretsiz olacak. Sonrasında tam bilet ücreti 17,50 lira, öğrenci bileti ise 8,75 lira olarak uygulanacak.",
    "Seferler hafta içi 06.00 ile 24.00 saatleri arasında, yoğun saatlerde beş dakikada bir yapılacak.",
    "Belediye, hattın Organize Sanayi Bölgesi'ne uzatılması için ihale sürecinin önümüzdeki yıl başlayacağını açıkladı.",
]
TR_SPOT = "Dört yıldır inşaatı süren 11 istasyonlu metro hattı törenle açıldı. Seferler ilk hafta ücretsiz olacak."
TR_SU = [
    "Karakaya Su ve Kanalizasyon İdaresi (KASKİ), konutlarda kullanılan suyun metreküp fiyatına yüzde 38 zam yaptı.",
    "Yeni tarife 1 Şubat'tan itibaren geçerli olacak. Buna göre metreküp fiyatı 21 liradan 29 liraya yükseldi.",
    "KASKİ Genel Müdürü Ayşe Demir, artışın enerji ve kimyasal madde maliyetlerindeki yükselişten kaynaklandığını belirtti.",
    "\"Suyu hâlâ çevre illerin çoğundan daha ucuza veriyoruz. Zam yapmasaydık yatırımları durdurmak zorunda kalacaktık\" diye konuştu.",
    "Muhalefet partilerinin meclis üyeleri ise zammın dar gelirli aileleri zor durumda bırakacağını savundu ve kararın geri çekilmesini istedi.",
    "Şehit yakınları, gaziler ve engelli vatandaşlar için uygulanan yüzde 50 indirim ise devam edecek.",
]

# ================================================================ Arabic and Persian
AR_TAHLIYA = [
    "افتتحت وزارة المياه، يوم الأحد، محطة جديدة لتحلية مياه البحر في مدينة الساحل الشرقي، بطاقة إنتاجية تبلغ 150 ألف متر مكعب يومياً.",
    "وقال وزير المياه خالد العمري، خلال حفل الافتتاح، إن المحطة ستوفر مياه الشرب لنحو 600 ألف نسمة في المدينة والقرى المحيطة بها.",
    "وأضاف الوزير أن تكلفة المشروع بلغت نحو 420 مليون دولار، وأن العمل فيه استغرق ثلاث سنوات.",
    "وتعتمد المحطة على تقنية التناضح العكسي، وتستمد جزءاً من احتياجاتها من الطاقة من حقل للألواح الشمسية أقيم بجوارها.",
    "\"لن تعاني الأحياء الشرقية بعد اليوم من انقطاع المياه في فصل الصيف\"، بحسب ما قاله رئيس البلدية سامي الحداد للصحفيين.",
    "ومن المتوقع أن تبدأ المرحلة الثانية من المشروع مطلع العام المقبل لرفع الطاقة الإنتاجية إلى 250 ألف متر مكعب يومياً.",
]
AR_CARDS = [
    ("ارتفاع أسعار الخضار في أسواق الوادي الأخضر مع بداية الشتاء", "التجار يرجعون الارتفاع إلى تراجع الإنتاج المحلي وزيادة تكاليف النقل."),
    ("افتتاح جسر المشاة الجديد على الطريق الدائري الشمالي", "الجسر يربط حي النخيل بالمستشفى الحكومي ويخدم آلاف السكان يومياً."),
    ("البلدية تطلق حملة لزراعة عشرة آلاف شجرة في الأحياء الجنوبية", "الحملة تستمر ثلاثة أشهر بمشاركة المدارس والجمعيات الأهلية."),
    ("تمديد ساعات عمل المكتبة العامة خلال فترة الامتحانات", "المكتبة ستفتح أبوابها حتى منتصف الليل طوال أيام الأسبوع."),
    ("وزارة الصحة تبدأ حملة تطعيم ضد الإنفلونزا الموسمية", "اللقاح متاح مجاناً لكبار السن والأطفال في جميع المراكز الصحية."),
]
FA_KETABKHANE = [
    "کتابخانه مرکزی شهر نیک‌آباد پس از دو سال بازسازی، از روز شنبه دوباره به روی مراجعان باز شد.",
    "به گفته مدیر کتابخانه، مریم رضایی، ظرفیت سالن‌های مطالعه از ۲۰۰ نفر به ۴۵۰ نفر افزایش یافته است.",
    "در طرح بازسازی، سیستم گرمایش و سرمایش ساختمان به طور کامل تعویض شد و یک بخش ویژه کودکان نیز به کتابخانه اضافه شده است.",
    "«این کتابخانه برای بسیاری از دانش‌آموزان تنها جای آرام برای درس خواندن است»، رضایی در گفت‌وگو با خبرنگاران گفت.",
    "هزینه بازسازی حدود ۸۵ میلیارد ریال بوده که بخشی از آن را خیران محلی پرداخت کرده‌اند.",
    "کتابخانه از این پس هر روز به جز جمعه‌ها از ساعت هشت صبح تا ده شب باز خواهد بود.",
]

# ================================================================ Russian and Ukrainian
RU_POLIKLINIKA = [
    "В микрорайоне Северный в Заречинске открылась новая детская поликлиника, рассчитанная на 320 посещений в смену, сообщила пресс-служба областного минздрава.",
    "Здание строили почти два года. Его стоимость вместе с оборудованием составила 640 млн рублей, средства выделены по национальному проекту «Здравоохранение».",
    "В поликлинике работают кабинеты педиатров, офтальмолога, невролога и лор-врача, а также дневной стационар на десять мест и кабинет УЗИ.",
    "«Раньше родителям из Северного приходилось ездить с детьми через весь город. Теперь поликлиника будет в десяти минутах ходьбы», — сказал главный врач Андрей Морозов.",
    "К новой поликлинике прикрепят около 11 тысяч детей. Записаться на приём можно через портал госуслуг или по телефону регистратуры.",
    "До конца года в учреждении планируют укомплектовать штат: сейчас не хватает ещё шести врачей.",
]
RU_OTOPLENIE = [
    "В Заречинске с понедельника начнут подключать отопление в жилых домах, сообщили в администрации города.",
    "Первыми тепло получат школы, детские сады и больницы. Жилые дома подключат в течение недели.",
    "Решение приняли досрочно из-за похолодания: по прогнозу синоптиков, ночью температура опустится до минус трёх градусов.",
    "Жителей просят сообщать о неполадках в единую дежурно-диспетчерскую службу по номеру 112.",
]
UK_UKRYTTIA = [
    "У Звенигородці завершили облаштування протирадіаційного укриття в ліцеї № 3, тож з понеділка учні повертаються до очного навчання.",
    "Укриття розраховане на 620 осіб. У ньому є вентиляція, запас питної води, генератор і окремі класи, де можна продовжувати уроки під час тривоги.",
    "Роботи коштували міському бюджету 14,7 млн гривень, повідомив міський голова Олег Кравченко.",
    "«Діти майже два роки навчалися онлайн. Тепер вони нарешті зможуть повернутися до своїх класів», — сказав Кравченко.",
    "Батьки учнів, з якими поспілкувалися журналісти, загалом схвалюють рішення, але просять залишити можливість дистанційного навчання для дітей з віддалених сіл.",
    "До кінця року місто планує облаштувати укриття ще у двох школах.",
]

# ================================================================ Hindi
HI_BARISH = [
    "रामपुर जिले में पिछले 24 घंटों से हो रही लगातार बारिश के कारण कई निचले इलाकों में पानी भर गया है।",
    "जिला प्रशासन ने एहतियात के तौर पर सभी सरकारी और निजी स्कूलों को दो दिन के लिए बंद रखने का आदेश दिया है।",
    "जिलाधिकारी सुनील वर्मा ने बताया कि नदी किनारे बसे चार गांवों के करीब 300 लोगों को सुरक्षित स्थानों पर पहुंचाया गया है।",
    "\"राहत शिविरों में भोजन, पीने के पानी और दवाइयों की पूरी व्यवस्था की गई है,\" वर्मा ने कहा।",
    "मौसम विभाग ने अगले 48 घंटों के लिए जिले में भारी बारिश का ऑरेंज अलर्ट जारी किया है।",
    "प्रशासन ने लोगों से अपील की है कि वे बिना जरूरत घरों से बाहर न निकलें और नदी-नालों के पास न जाएं।",
]
HI_METRO_INTRO = [
    "शहर के लोगों का लंबा इंतजार खत्म हुआ। नवनगर मेट्रो के पहले कॉरिडोर पर सोमवार सुबह से यात्री सेवा शुरू हो जाएगी।",
    "पहले चरण में 9.8 किलोमीटर लंबे रूट पर आठ स्टेशन बनाए गए हैं। मेट्रो सुबह 6 बजे से रात 10 बजे तक हर 12 मिनट में चलेगी।",
]
HI_METRO_H1 = "किन स्टेशनों पर रुकेगी मेट्रो"
HI_METRO_STATIONS = ["रेलवे स्टेशन", "गांधी चौक", "जिला अस्पताल", "विश्वविद्यालय गेट"]
HI_METRO_MID = "इन चार प्रमुख स्टेशनों के अलावा चार छोटे स्टेशन भी रूट पर हैं। सभी स्टेशनों पर लिफ्ट और एस्केलेटर की सुविधा है।"
HI_METRO_H2 = "कितना होगा किराया"
HI_METRO_END = [
    "न्यूनतम किराया 10 रुपये और अधिकतम किराया 30 रुपये तय किया गया है। स्मार्ट कार्ड से यात्रा करने पर 10 प्रतिशत की छूट मिलेगी।",
    "मेट्रो कॉर्पोरेशन के प्रबंध निदेशक राजेश गुप्ता ने बताया कि दूसरे कॉरिडोर का काम अगले साल तक पूरा होने की उम्मीद है।",
]

# ================================================================ Vietnamese
VI_CAU = [
    "Cầu Tân Phú bắc qua sông Lam chính thức thông xe sáng 20/4 sau gần ba năm thi công, rút ngắn quãng đường từ trung tâm tỉnh đến khu công nghiệp phía nam khoảng 12 km.",
    "Cây cầu dài 1,2 km, rộng 24 m với bốn làn xe, có tổng vốn đầu tư hơn 1.500 tỷ đồng từ ngân sách tỉnh và trung ương.",
    "Theo ông Nguyễn Văn Hùng, Giám đốc Ban quản lý dự án giao thông tỉnh, công trình hoàn thành sớm hai tháng so với kế hoạch.",
    "\"Trước đây người dân phải đi phà hoặc vòng qua cầu cũ, mất gần một tiếng vào giờ cao điểm\", ông Hùng nói.",
    "Sau khi cầu thông xe, bến phà Tân Phú sẽ ngừng hoạt động từ ngày 1/5. Tỉnh cho biết sẽ hỗ trợ chuyển đổi nghề cho khoảng 40 lao động làm việc tại bến phà.",
    "Tỉnh cũng dự kiến xây dựng tuyến đường nối từ chân cầu đến quốc lộ 1 trong năm tới.",
]
VI_DESC = "Cầu dài 1,2 km nối trung tâm tỉnh với khu công nghiệp phía nam được đưa vào sử dụng, thay thế bến phà hoạt động hơn 30 năm."

# ================================================================ Korean
KO_BUS = [
    "한빛시가 다음 달부터 시내버스 기본요금을 1,500원에서 1,650원으로 150원 인상한다고 14일 밝혔다.",
    "시는 연료비와 인건비 상승으로 버스 운송사업자의 적자가 지난해 800억원을 넘어섰다며 요금 인상이 불가피하다고 설명했다.",
    "마을버스 요금도 1,200원에서 1,350원으로 오른다. 청소년과 어린이 요금은 현행대로 유지된다.",
    "시 관계자는 \"9년 만의 인상으로, 시민들의 부담을 최소화하기 위해 인상 폭을 최대한 줄였다\"고 말했다.",
    "시민단체들은 요금 인상에 앞서 노선 효율화와 운송업체 경영 개선이 먼저 이뤄져야 한다고 지적했다.",
    "새 요금은 다음 달 12일 첫차부터 적용된다.",
]
KO_DOSEOGWAN = [
    "한빛시 중앙도서관이 1년간의 리모델링 공사를 마치고 오는 2일 다시 문을 연다.",
    "시는 총 45억원을 들여 노후한 냉난방 설비를 교체하고, 2층 열람실을 어린이 전용 공간으로 새로 꾸몄다고 밝혔다.",
    "좌석 수는 기존 380석에서 520석으로 늘었으며, 노트북 이용자를 위한 전용 좌석 60석도 마련됐다.",
    "도서관 관계자는 \"시험 기간마다 자리가 부족하다는 민원이 많았다\"며 \"이번 리모델링으로 상당 부분 해소될 것\"이라고 말했다.",
    "운영 시간은 평일 오전 9시부터 오후 10시까지, 주말은 오후 6시까지다.",
]
KO_CARDS = [
    ("한빛시, 내년 예산 3조2천억원 편성…복지 예산 12% 늘려", "시는 저출생 대응과 노인 일자리 사업에 예산을 집중 투입하기로 했다."),
    ("한빛천 산책로 3.5㎞ 구간 새단장…야간 조명 설치", "시는 이달 말까지 공사를 마무리하고 다음 달 초 개방할 예정이다."),
    ("시내 초등학교 5곳 '늘봄학교' 시범 운영", "방과 후 돌봄 시간이 오후 8시까지 연장된다."),
    ("한빛시립미술관, 지역 작가 30인 기획전 개막", "전시는 내년 2월까지 이어지며 관람료는 무료다."),
    ("도심 공영주차장 요금 내달부터 인상", "1시간 기준 요금이 1,200원에서 1,500원으로 오른다."),
]

# ================================================================ Chinese
ZH_GAOTIE = [
    "记者从青川市交通运输局获悉，青川东站将于本月28日正式投入使用，届时青川至省城的高铁运行时间将缩短至1小时10分钟。",
    "青川东站总建筑面积约3.6万平方米，设4台10线，最高聚集人数可达3000人。",
    "据介绍，车站开通初期每天将安排动车组列车42对，高峰时段最短发车间隔为15分钟。",
    "为方便旅客出行，市公交集团将新开通3条连接东站与市区的公交线路，并延长地铁2号线的末班车时间。",
    "“东站开通后，青川将真正融入省城一小时经济圈。”青川市发展和改革委员会主任王建国表示。",
    "目前，车站周边道路及停车场建设已基本完成，正在进行最后的设备调试。",
]
ZH_HE = [
    "经过两年多的综合治理，流经青川市城区的清水河水质已由劣五类提升至三类，沿岸12公里滨水绿道也于近日全线贯通。",
    "青川市生态环境局相关负责人介绍，治理期间共关停沿河排污口46个，新建污水管网38公里，并对河道进行了清淤。",
    "如今，清水河两岸种植了20多种乡土植物，白鹭等鸟类重新出现在河边。",
    "“以前夏天河边有味道，根本不愿意过来。现在每天晚饭后都来散步。”家住河畔小区的市民李阿姨说。",
    "据悉，下一步青川将在绿道沿线增设公共厕所和休息驿站，并开放两处亲水平台。",
]

# ================================================================ Japanese
JA_KOUEN = [
    "老朽化のため約2年間閉鎖されていた緑ヶ丘市の中央公園が、改修工事を終えて1日、全面的に再開した。",
    "市によると、改修では遊具をすべて新しくしたほか、車いすでも利用しやすいように園路の段差をなくした。総事業費は約8億円。",
    "園内には新たに図書コーナーを備えた休憩棟が設けられ、雨の日でも子どもが遊べる屋内広場も整備された。",
    "再開初日は朝から多くの親子連れが訪れ、新しい遊具で遊ぶ子どもたちの歓声が響いた。",
    "近くに住む会社員の女性（38）は「子どもが再開を楽しみにしていた。安心して遊ばせられる場所ができてうれしい」と話した。",
    "市は今後、公園内のカフェの運営事業者を公募する予定だ。",
]
JA_BUS = [
    "緑ヶ丘市は、利用者の減少が続く市営バスの路線のうち、郊外の4路線を来年3月末で廃止する方針を明らかにした。",
    "市交通局によると、4路線の1日あたりの利用者はいずれも100人を下回り、年間の赤字は合わせて約2億円に上る。",
    "廃止後は、予約制の乗り合いタクシーを導入し、高齢者の通院や買い物の足を確保するという。",
    "沿線の自治会からは「車を運転できない人はどうすればいいのか」と不安の声が上がっており、市は来月から住民説明会を開く。",
]

# ================================================================ Czech, Romanian, Greek
CS_TRAM = [
    "Dopravní podnik města Bělohrad od pondělí obnoví provoz tramvají na trati do Lesní čtvrti, která byla od jara uzavřena kvůli rekonstrukci kolejí.",
    "Opravy přišly na 312 milionů korun a kromě nových kolejí zahrnovaly i bezbariérové úpravy pěti zastávek.",
    "Náhradní autobusová doprava X3 skončí v neděli večer. Tramvaje linek 4 a 9 budou ve špičce jezdit v intervalu osmi minut.",
]
CS_NEMOCNICE = [
    "Krajská nemocnice v Bělohradě otevře v září nový urgentní příjem. Stavba za 420 milionů korun je podle vedení nemocnice téměř hotová.",
    "Pacienti s akutními potížemi už nebudou muset mezi jednotlivými odděleními přecházet přes celý areál. Urgentní příjem bude mít vlastní CT, rentgen i laboratoř.",
    "„Dosud jsme pacienty s úrazy vozili mezi pavilony sanitkou. To je minulost,“ řekl ředitel nemocnice Petr Novák.",
    "Nové pracoviště bude mít 24 lůžek a pracovat v něm bude zhruba 90 lidí. Nemocnice zatím shání ještě osm lékařů a dvanáct sester.",
    "Kraj na stavbu získal dotaci z evropských fondů, která pokryje zhruba dvě třetiny nákladů.",
    "Stávající ambulance chirurgie a interny se po otevření urgentu přestěhují do uvolněných prostor v pavilonu B.",
]
RO_SPITAL = [
    "Spitalul Județean din Valea Mare va deschide în luna martie o nouă secție de neonatologie, cu 24 de paturi și 12 incubatoare.",
    "Investiția, de 18 milioane de lei, a fost finanțată din fonduri europene prin Programul Operațional Regional.",
    "Managerul spitalului, dr. Andrei Popescu, a declarat că noua secție va reduce numărul transferurilor de nou-născuți către centrele universitare.",
]
RO_SCOALA_INTRO = [
    "Școala Gimnazială nr. 5 din Valea Mare își redeschide porțile luni, după o renovare care a durat aproape doi ani și a costat 9,4 milioane de lei.",
    "Cei aproximativ 600 de elevi au învățat în această perioadă în schimburi, în clădirea unui liceu din apropiere.",
]
RO_SCOALA_H1 = "Ce s-a schimbat în clădire"
RO_SCOALA_LIST = [
    "acoperișul și instalația electrică au fost înlocuite complet",
    "sălile de clasă au primit table interactive și mobilier nou",
    "a fost amenajat un laborator de informatică cu 30 de calculatoare",
    "curtea școlii are acum un teren de sport acoperit",
]
RO_SCOALA_H2 = "Programul rămâne același"
RO_SCOALA_END = [
    "Elevii vor învăța din nou într-un singur schimb, între orele 8:00 și 14:00, a anunțat directoarea Elena Ionescu.",
    "Primăria a promis că până la sfârșitul anului va fi finalizată și sala de sport a școlii, ale cărei lucrări au întârziat din cauza unui litigiu cu constructorul.",
]
EL_LIMANI = [
    "Ξεκινούν τον Σεπτέμβριο οι εργασίες επέκτασης του λιμανιού της Νέας Αλμυρής, ύψους 27 εκατ. ευρώ, όπως ανακοίνωσε ο Οργανισμός Λιμένα.",
    "Το έργο προβλέπει νέο προβλήτα για κρουαζιερόπλοια μήκους 300 μέτρων και ανακαίνιση του επιβατικού σταθμού.",
    "Σύμφωνα με τον δήμαρχο Γιώργο Παπαδόπουλο, οι εργασίες θα ολοκληρωθούν μέσα σε δύο χρόνια και δεν θα επηρεάσουν τα δρομολόγια των πλοίων.",
]
EL_NERO = [
    "Περιορισμούς στην κατανάλωση νερού ανακοίνωσε η δημοτική επιχείρηση ύδρευσης της Νέας Αλμυρής, καθώς η στάθμη του φράγματος έχει πέσει στο χαμηλότερο επίπεδο της τελευταίας δεκαετίας.",
    "Από τη Δευτέρα απαγορεύεται το πότισμα κήπων και το πλύσιμο αυτοκινήτων με λάστιχο από τις 8 το πρωί έως τις 8 το βράδυ.",
    "Οι παραβάτες θα πληρώνουν πρόστιμο 300 ευρώ, ενώ σε περίπτωση υποτροπής το πρόστιμο διπλασιάζεται.",
    "«Αν δεν βρέξει μέχρι τον Νοέμβριο, θα χρειαστεί να εξετάσουμε και διακοπές υδροδότησης τις νυχτερινές ώρες», δήλωσε ο πρόεδρος της επιχείρησης Νίκος Αντωνίου.",
    "Η επιχείρηση καλεί τους καταναλωτές να αναφέρουν διαρροές στο δίκτυο στον τηλεφωνικό αριθμό βλαβών.",
]

# ================================================================ Brazilian Portuguese
BR_CHUVA = [
    "A Defesa Civil de Vale do Ipê, no interior de São Paulo, contabilizou 320 pessoas desalojadas após a chuva forte que atingiu a cidade na noite desta terça-feira (11).",
    "Segundo o órgão, choveu 98 milímetros em menos de três horas, quase o volume esperado para todo o mês de fevereiro.",
    "O córrego do Bugre transbordou e invadiu casas nos bairros Jardim Primavera e Vila Esperança. Moradores usaram barcos para retirar móveis e eletrodomésticos.",
    "\"Nunca vi a água subir tão rápido. Em meia hora já estava na altura da janela\", contou a costureira Marlene Souza, de 54 anos.",
    "A prefeitura abriu duas escolas municipais para receber as famílias e decretou situação de emergência na manhã desta quarta-feira (12).",
    "O Centro de Gerenciamento de Emergências prevê novas pancadas de chuva até o fim de semana.",
]
BR_SUBTITLE = "Córrego transbordou e invadiu casas em dois bairros; prefeitura decretou situação de emergência."
BR_ONIBUS = [
    "A passagem de ônibus em Vale do Ipê vai subir de R$ 4,80 para R$ 5,40 a partir de 1º de março, anunciou a prefeitura nesta segunda-feira (17).",
    "Segundo a Secretaria de Mobilidade, o reajuste de 12,5% cobre o aumento do diesel e o novo acordo salarial dos motoristas.",
    "Estudantes e idosos acima de 65 anos continuam com gratuidade. O passe mensal passa a custar R$ 198.",
    "\"Sem o reajuste, a concessionária ameaçava reduzir a frota em 20% já no mês que vem\", afirmou o secretário Carlos Almeida.",
    "Vereadores da oposição protocolaram um pedido para que a Câmara discuta o aumento em audiência pública.",
]

# ================================================================ Thai
TH_KHUEAN = [
    "กรมชลประทานเตรียมเร่งระบายน้ำจากเขื่อนห้วยทรายเพิ่มขึ้น หลังปริมาณน้ำในอ่างเก็บน้ำสูงเกินร้อยละ 90 ของความจุ",
    "นายสมชาย วงศ์ใหญ่ ผู้อำนวยการโครงการชลประทานจังหวัด เปิดเผยว่า จะเพิ่มการระบายน้ำจากวันละ 20 ล้านลูกบาศก์เมตร เป็น 30 ล้านลูกบาศก์เมตร ตั้งแต่วันพรุ่งนี้",
    "ประชาชนที่อาศัยอยู่ริมแม่น้ำท้ายเขื่อนใน 3 อำเภอ ควรเฝ้าระวังระดับน้ำที่อาจเพิ่มขึ้นประมาณ 50 เซนติเมตร",
    "ทางจังหวัดได้เตรียมศูนย์พักพิงชั่วคราว 12 แห่ง พร้อมเรือและเจ้าหน้าที่กู้ภัยไว้ตลอด 24 ชั่วโมง",
    "กรมอุตุนิยมวิทยาคาดการณ์ว่า ฝนจะเริ่มลดลงตั้งแต่สัปดาห์หน้าเป็นต้นไป",
]
TH_RAIL_INTRO = [
    "รถไฟฟ้าสายสีทองช่วงสถานีกลางเมืองถึงสนามบิน เปิดให้บริการอย่างเป็นทางการเมื่อเช้าวันนี้ โดยมีผู้โดยสารมาใช้บริการในชั่วโมงแรกกว่า 5,000 คน",
    "ผู้ว่าราชการจังหวัดกล่าวว่า เส้นทางนี้จะช่วยลดเวลาเดินทางจากใจกลางเมืองไปสนามบินเหลือเพียง 25 นาที",
]
TH_RAIL_H = "อัตราค่าโดยสาร"
TH_RAIL_LIST = ["ผู้ใหญ่ 15-45 บาท", "นักเรียนนักศึกษา ลดร้อยละ 50", "ผู้สูงอายุ ลดร้อยละ 50", "เด็กสูงไม่เกิน 90 เซนติเมตร โดยสารฟรี"]
TH_RAIL_END = "ในช่วงสองสัปดาห์แรก ผู้โดยสารทุกคนจะได้รับส่วนลดค่าโดยสารเพิ่มอีกร้อยละ 20"
