"""Site furniture of French, Spanish, Arabic and Turkish news pages, for bench/pages.py.

Written for tocsin from the usual layout of such sites (the wording is ours): a skip link, a
menu, the byline and its date in the site's own format, share buttons, an inline "read also"
link, a "most read" list of unrelated stories and the rights line.
"""
from __future__ import annotations

from datetime import date

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "ar": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
           "تشرين الثاني", "كانون الأول"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
}

SITE = {
    "fr": {"skip": "Aller au contenu principal", "menu": "Accueil | Monde | Afrique | Politique",
           "by": "Par la rédaction", "share": "Partager", "also": "Lire aussi : ", "most": "Les plus lus",
           "rights": "Tous droits réservés.",
           "dates": ["Publié le {d} {m} {y} à 14h05", "Mis à jour le {d:02d}/{n:02d}/{y} à 09h12"],
           "teasers": [("Inflation : la Banque centrale européenne maintient ses taux",
                        "Les marchés saluent une décision attendue, mais la bataille contre la hausse des prix continue."),
                       ("Tennis : la jeune Française écrase la tête de série numéro deux",
                        "Elle a mitraillé son adversaire de coups droits gagnants pendant une heure.")]},
    "es": {"skip": "Ir al contenido", "menu": "Inicio | Internacional | América Latina | Opinión",
           "by": "Por Redacción", "share": "Compartir", "also": "Lee también: ", "most": "Lo más leído",
           "rights": "Todos los derechos reservados.",
           "dates": ["Publicado el {d} de {m} de {y}", "Actualizado {d:02d}/{n:02d}/{y} 14:05"],
           "teasers": [("La bolsa se desploma tras el anuncio de nuevos aranceles",
                        "Los inversionistas huyen hacia activos seguros en medio de la guerra comercial."),
                       ("El equipo local arrasa en el clásico y sigue líder",
                        "Los delanteros bombardearon la portería rival durante todo el segundo tiempo.")]},
    "ar": {"skip": "تخطي إلى المحتوى الرئيسي", "menu": "الرئيسية | عربي | دولي | اقتصاد",
           "by": "بقلم: فريق التحرير", "share": "شارك", "also": "اقرأ أيضا: ", "most": "الأكثر قراءة",
           "rights": "جميع الحقوق محفوظة",
           "dates": ["نشر في {d} {m} {y}", "آخر تحديث: {d:02d}/{n:02d}/{y} 14:05"],
           "teasers": [("البنك المركزي يبقي أسعار الفائدة دون تغيير",
                        "قال محافظ البنك إن المعركة ضد التضخم لم تنته بعد رغم تراجع الأسعار."),
                       ("المنتخب يكتسح ضيفه بأربعة أهداف نظيفة",
                        "شن لاعبو المنتخب هجوما كاسحا على مرمى الضيوف منذ الدقائق الأولى.")]},
    "tr": {"skip": "İçeriğe geç", "menu": "Anasayfa | Dünya | Ortadoğu | Ekonomi",
           "by": "Haber Merkezi", "share": "Paylaş", "also": "İlgili haber: ", "most": "En çok okunanlar",
           "rights": "Tüm hakları saklıdır.",
           "dates": ["Yayınlanma: {d:02d}.{n:02d}.{y} 14:05", "{d} {m} {y} 09:12"],
           "teasers": [("Merkez Bankası faizi sabit bıraktı",
                        "Başkan enflasyonla mücadelenin sürdüğünü ve kararlı duruşun korunacağını söyledi."),
                       ("Derbide gol yağmuru: ev sahibi rakibini dağıttı",
                        "Ev sahibi ekip ikinci yarıda rakip kaleyi adeta bombardımana tuttu.")]},
}


def date_line(lang: str, day: date, style: int) -> str:
    fmt = SITE[lang]["dates"][style % len(SITE[lang]["dates"])]
    return fmt.format(d=day.day, n=day.month, y=day.year, m=MONTHS[lang][day.month - 1])


def render_lang(article: dict, i: int, lang: str) -> tuple[str, dict]:
    """The page of a non-English article (the i-th of its split) and its gold entries, as
    bench/pages.render gives them for English; every fourth page shows no date."""
    site = SITE[lang]
    title, text, outlet = article["title"], article["text"], article.get("outlet") or "Le Journal"
    day = date.fromisoformat(article["published"]) if article.get("published") else None
    dated = day is not None and i % 4 != 3
    teasers = site["teasers"]
    paras = text.split("\n\n")
    body = paras[:1] + ([site["also"] + teasers[i % 2][0]] if len(paras) > 1 else []) + paras[1:]
    head = [site["skip"], outlet, site["menu"], "", title, "", site["by"]]
    head += [date_line(lang, day, i // 4)] if dated else []
    head += [site["share"], ""]
    tail = ["", site["most"]] + [f"{t}\n{b}\n" for t, b in teasers] + [f"\u00a9 {outlet}. {site['rights']}"]
    page = "\n".join(head) + "\n" + "\n\n".join(body) + "\n" + "\n".join(tail) + "\n"
    last = next((p.strip()[:30] for p in reversed(paras) if len(p.split()) > 8), paras[-1].strip()[:30])
    story: dict = {"id": article["id"], "title_contains": title, "must_contain": [last],
                   "must_not_contain": [site["skip"], site["most"], site["rights"], site["also"].strip(" :")]
                   + [t for t, _ in teasers]}
    if dated:
        story["published_window"] = [day.isoformat()] * 2
    others = [{"id": f"{article['id']}-teaser-{k}", "title_contains": t, "must_not_contain": [title]}
              for k, (t, _) in enumerate(teasers)]
    return page, {"story": story, "teasers": others}
