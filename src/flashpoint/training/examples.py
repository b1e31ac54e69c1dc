"""A labelled corpus of short conflict-event texts written by the project, for the event-type classifier.

Every template, actor name list and phrase below was written for Flashpoint (nothing is copied from any
dataset). Places and organisations are real so the texts read like real reporting; every incident is invented.
Three registers are mixed: coder-note style ("On 3 May 2021, ... in Town (District, Province)."), wire/news
style ("Gunmen killed two farmers near ... on Tuesday, police said.") and headline style. Each example is one
to three sentences: the sentence that carries the event, sometimes followed by a casualty or context sentence
that codes to nothing. A "none" class holds sentences that report no event: background, analysis, statements,
announcements, economic and humanitarian news.

``generate_examples(n, seed=...)`` is deterministic for a given ``n`` and seed.
``python tools/write_training_examples.py --n 200 --out sample.jsonl`` writes a JSONL sample to read.

Labelling follows the ACLED codebook as summarised in ``flashpoint/events/ontology.py``:
armed actor against armed actor is an armed clash (including small-arms fire between front-line positions and
ambushes on troops); armed actor against unarmed people is an attack; heavy weapons fired from a distance
(artillery, mortars, rockets, grenade launchers, anti-tank missiles) are shelling; a crowd with a grievance that
turns destructive is a violent demonstration, a crowd without a demonstration agenda that attacks people is mob
violence; deployments, patrols, curfews and new groups are "change to group/activity"; displacement, returns of
refugees and releases of prisoners are "other".
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

NONE = "none"

# ----------------------------------------------------------------------------------------------------------
# Countries: places (town / district / province) and actors, all real names; incidents are invented.
# ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    adjective: str
    places: tuple[tuple[str, str, str], ...]
    military: tuple[str, ...]
    police: tuple[str, ...]
    rebels: tuple[str, ...]  # non-state armed groups, gangs, militias
    air: tuple[str, ...]  # who flies aircraft or drones there
    parties: tuple[str, ...]  # political parties or movements (for protests, mob clashes)
    communities: tuple[str, ...]  # communal groups (for communal clashes)


def _country(spec: str) -> Country:
    fields = dict(line.strip().split("=", 1) for line in spec.strip().splitlines())

    def split(key: str) -> tuple[str, ...]:
        return tuple(part.strip() for part in fields.get(key, "").split("|") if part.strip())

    places = tuple(tuple(p.split("/")) for p in split("places"))
    return Country(
        name=fields["name"],
        adjective=fields["adj"],
        places=places,  # type: ignore[arg-type]
        military=split("military"),
        police=split("police"),
        rebels=split("rebels"),
        air=split("air"),
        parties=split("parties"),
        communities=split("communities"),
    )


_COUNTRY_SPECS = (
    """name=Ukraine
    adj=Ukrainian
    places=Avdiivka/Pokrovsk/Donetsk|Marinka/Pokrovsk/Donetsk|Zolote/Sievierodonetsk/Luhansk|Popasna/Sievierodonetsk/Luhansk|Shyrokyne/Mariupol/Donetsk|Pisky/Pokrovsk/Donetsk|Stanytsia Luhanska/Shchastia/Luhansk|Kharkiv/Kharkiv/Kharkiv|Nikopol/Nikopol/Dnipropetrovsk|Kherson/Kherson/Kherson|Lviv/Lviv/Lviv|Odesa/Odesa/Odesa
    military=Ukrainian forces|the Ukrainian army|Ukrainian troops|the Ukrainian Armed Forces|government forces
    police=Ukrainian police|the National Police|police officers
    rebels=separatist forces|pro-Russian separatists|the Donetsk People's Militia|rebel forces|the Luhansk People's Militia|Russian-backed fighters|far-right activists
    air=Russian aircraft|Russian drones|Ukrainian drones
    parties=Servant of the People|the Opposition Platform|European Solidarity
    communities=Roma residents|local residents""",
    """name=Russia
    adj=Russian
    places=Makhachkala/Makhachkala/Dagestan|Nalchik/Nalchik/Kabardino-Balkaria|Grozny/Grozny/Chechnya|Belgorod/Belgorod/Belgorod|Moscow/Moscow/Moscow|Kursk/Kursk/Kursk
    military=Russian forces|the Russian army|Russian troops|the National Guard
    police=Russian police|riot police|the FSB
    rebels=militants|Islamist insurgents|an armed cell|saboteurs
    air=Ukrainian drones|unidentified drones
    parties=the Communist Party|opposition supporters
    communities=local residents""",
    """name=Mexico
    adj=Mexican
    places=Celaya/Celaya/Guanajuato|Fresnillo/Fresnillo/Zacatecas|Culiacan/Culiacan/Sinaloa|Tijuana/Tijuana/Baja California|Ciudad Juarez/Juarez/Chihuahua|Uruapan/Uruapan/Michoacan|Acapulco/Acapulco de Juarez/Guerrero|Reynosa/Reynosa/Tamaulipas|Cuernavaca/Cuernavaca/Morelos|Iztapalapa/Iztapalapa/Ciudad de Mexico|Leon/Leon/Guanajuato|Chilpancingo/Chilpancingo/Guerrero
    military=the Mexican army|soldiers of SEDENA|the National Guard|marines
    police=municipal police|state police|police officers|the state security forces
    rebels=the Jalisco New Generation Cartel|the Sinaloa Cartel|members of the CJNG|a criminal group|gang members|the Gulf Cartel|Los Viagras|the Santa Rosa de Lima Cartel|armed civilians|a self-defence group
    air=the army
    parties=MORENA|the PAN|the PRI
    communities=indigenous residents|ejido members""",
    """name=Brazil
    adj=Brazilian
    places=Rio de Janeiro/Rio de Janeiro/Rio de Janeiro|Sao Goncalo/Sao Goncalo/Rio de Janeiro|Salvador/Salvador/Bahia|Fortaleza/Fortaleza/Ceara|Manaus/Manaus/Amazonas|Belem/Belem/Para|Recife/Recife/Pernambuco|Sao Paulo/Sao Paulo/Sao Paulo|Porto Alegre/Porto Alegre/Rio Grande do Sul|Feira de Santana/Feira de Santana/Bahia
    military=the army|federal troops
    police=the Military Police|the Civil Police|police officers|the Federal Highway Police|the BOPE special unit
    rebels=drug traffickers|members of the Red Command|the PCC|a militia group|gang members|armed men|suspected criminals
    air=police helicopters
    parties=the Workers' Party|supporters of the president|the PSOL
    communities=landless workers|indigenous Guarani""",
    """name=Colombia
    adj=Colombian
    places=Tumaco/Tumaco/Narino|Cucuta/Cucuta/Norte de Santander|Tibu/Tibu/Norte de Santander|Buenaventura/Buenaventura/Valle del Cauca|Caloto/Caloto/Cauca|Quibdo/Quibdo/Choco|Medellin/Medellin/Antioquia|Arauca/Arauca/Arauca|Bogota/Bogota/Bogota
    military=the Colombian army|the military|soldiers
    police=the National Police|ESMAD riot police|police officers
    rebels=ELN guerrillas|FARC dissidents|the Gulf Clan|the AGC|an armed group|members of the ELN|the Segunda Marquetalia
    air=the Colombian air force
    parties=the Historic Pact|the Democratic Centre
    communities=indigenous Nasa communities|afro-Colombian communities""",
    """name=Venezuela
    adj=Venezuelan
    places=Maracaibo/Maracaibo/Zulia|Caracas/Libertador/Distrito Capital|Valencia/Valencia/Carabobo|San Cristobal/San Cristobal/Tachira|Barquisimeto/Iribarren/Lara|Ciudad Bolivar/Heres/Bolivar|Cumana/Sucre/Sucre
    military=the Bolivarian National Armed Forces|the FANB|soldiers|the Bolivarian National Guard
    police=the Bolivarian National Police|state police|the FAES|CICPC officers
    rebels=a criminal gang|ELN guerrillas|armed colectivos|members of the Tren de Aragua|illegal miners
    air=the army
    parties=the PSUV|Popular Will|the opposition
    communities=Pemon indigenous people|residents""",
    """name=India
    adj=Indian
    places=Srinagar/Srinagar/Jammu and Kashmir|Pulwama/Pulwama/Jammu and Kashmir|Sopore/Baramulla/Jammu and Kashmir|Imphal/Imphal West/Manipur|Sukma/Sukma/Chhattisgarh|Dantewada/Dantewada/Chhattisgarh|Kolkata/Kolkata/West Bengal|Hyderabad/Hyderabad/Telangana|Patna/Patna/Bihar|Lucknow/Lucknow/Uttar Pradesh|Chennai/Chennai/Tamil Nadu|Ludhiana/Ludhiana/Punjab|Surat/Surat/Gujarat|Guwahati/Kamrup Metropolitan/Assam
    military=security forces|the Indian Army|CRPF personnel|the army|BSF troops
    police=police|the local police|police personnel
    rebels=Maoist rebels|Naxalites|militants|Hizbul Mujahideen militants|Lashkar-e-Taiba militants|Kuki militants|suspected Maoists|PLGA cadres
    air=the army
    parties=the BJP|the Congress party|the Trinamool Congress|the CPI(M)|the Samajwadi Party|the AAP
    communities=Meitei villagers|Kuki villagers|Hindu residents|Muslim residents|two groups of villagers""",
    """name=Pakistan
    adj=Pakistani
    places=Peshawar/Peshawar/Khyber Pakhtunkhwa|Quetta/Quetta/Balochistan|Bannu/Bannu/Khyber Pakhtunkhwa|Miranshah/North Waziristan/Khyber Pakhtunkhwa|Turbat/Kech/Balochistan|Karachi/Karachi/Sindh|Lahore/Lahore/Punjab|Dera Ismail Khan/Dera Ismail Khan/Khyber Pakhtunkhwa|Gwadar/Gwadar/Balochistan
    military=Pakistani security forces|the Pakistan Army|troops|the Frontier Corps
    police=police|the Counter Terrorism Department|Levies personnel
    rebels=TTP militants|Baloch separatists|the BLA|unidentified militants|Islamic State Khorasan fighters|the BLF
    air=the Pakistani air force|unidentified drones
    parties=the PTI|the PML-N|the PPP|the Jamaat-e-Islami|the TLP
    communities=two tribes|rival clans""",
    """name=Afghanistan
    adj=Afghan
    places=Lashkar Gah/Lashkar Gah/Helmand|Kunduz/Kunduz/Kunduz|Ghazni/Ghazni/Ghazni|Jalalabad/Jalalabad/Nangarhar|Maimana/Maimana/Faryab|Pul-e Khumri/Pul-e Khumri/Baghlan|Kandahar/Kandahar/Kandahar|Herat/Herat/Herat|Kabul/Kabul/Kabul|Sar-e Pul/Sar-e Pul/Sar-e Pul
    military=Afghan forces|the Afghan army|ANDSF troops|Taliban forces|the NDS special forces
    police=Afghan police|local police|the Taliban police
    rebels=Taliban militants|the Taliban|Islamic State Khorasan militants|NRF fighters|ISKP militants|armed opposition
    air=Afghan air force|US drones|Pakistani jets
    parties=local elders
    communities=Kuchi nomads|local villagers""",
    """name=Syria
    adj=Syrian
    places=Saraqib/Idleb/Idleb|Ariha/Ariha/Idleb|Jisr al-Shughur/Jisr al-Shughur/Idleb|Atareb/Jebel Saman/Aleppo|Afrin/Afrin/Aleppo|Manbij/Manbij/Aleppo|Ras al-Ain/Ras al-Ain/Al-Hasakeh|Deir-ez-Zor/Deir-ez-Zor/Deir-ez-Zor|Al-Mayadin/Al-Mayadin/Deir-ez-Zor|Daraa/Daraa/Dara|Tafas/Daraa/Dara|Palmyra/Tadmor/Homs|Raqqa/Ar-Raqqa/Ar-Raqqa
    military=regime forces|Syrian government forces|the Syrian army|Russian forces|Turkish forces
    police=regime security forces|the Asayish|military police
    rebels=HTS|opposition rebels|Islamic State militants|the SDF|SNA factions|IS cells|Turkish-backed factions|the National Front for Liberation
    air=Russian warplanes|regime helicopters|Syrian warplanes|Turkish drones|coalition aircraft|Israeli jets
    parties=the Baath Party|local activists
    communities=tribal fighters|clan members""",
    """name=Iraq
    adj=Iraqi
    places=Kirkuk/Kirkuk/Kirkuk|Tuz Khurmatu/Tuz Khurmatu/Salah al-Din|Samarra/Samarra/Salah al-Din|Baqubah/Baqubah/Diyala|Khanaqin/Khanaqin/Diyala|Mosul/Mosul/Ninewa|Sinjar/Sinjar/Ninewa|Basra/Basra/Basra|Nasiriyah/Nasiriyah/Thi-Qar|Ramadi/Ramadi/Al-Anbar|Amadiya/Amadiya/Duhok
    military=Iraqi forces|the Iraqi army|PMF fighters|the Popular Mobilisation Forces|Peshmerga forces|Turkish forces
    police=Iraqi police|the federal police|security forces
    rebels=IS militants|Islamic State fighters|an IS cell|PKK fighters|unidentified gunmen|Kataib Hezbollah|an armed tribe
    air=Iraqi F-16s|Turkish warplanes|coalition aircraft|Turkish drones|an unidentified drone
    parties=the Sadrist movement|the KDP|the PUK
    communities=two tribes|rival clans""",
    """name=Yemen
    adj=Yemeni
    places=Al Hudaydah/Al Hali/Al Hudaydah|Hays/Hays/Al Hudaydah|Ad Durayhimi/Ad Durayhimi/Al Hudaydah|Marib/Marib City/Marib|Sirwah/Sirwah/Marib|Taizz/Salah/Taizz|Maqbanah/Maqbanah/Taizz|Qatabah/Qatabah/Ad Dali|Al Husha/Al Husha/Ad Dali|Aden/Al Mansura/Aden|Saada/Saada/Saada|Mukayras/Mukayras/Al Bayda|Zinjibar/Zinjibar/Abyan
    military=pro-Hadi forces|government forces|the Giants Brigades|Saudi-led coalition forces|Saudi forces|joint forces
    police=Security Belt forces|police forces|the Special Security Forces
    rebels=Houthi forces|pro-Houthi forces|the Houthis|AQAP militants|STC forces|tribal militias|Southern Resistance fighters
    air=Saudi-led coalition aircraft|coalition warplanes|Houthi drones|a Houthi drone|US drones
    parties=the Islah party|the Southern Transitional Council|the General People's Congress
    communities=two tribes|tribesmen""",
    """name=Libya
    adj=Libyan
    places=Tripoli/Tripoli/Tripoli|Ain Zara/Tripoli/Tripoli|Misrata/Misrata/Misrata|Sirte/Sirte/Sirte|Benghazi/Benghazi/Benghazi|Tarhuna/Tarhuna/Al Murqub|Zawiya/Zawiya/Zawiya|Sabha/Sabha/Sabha|Gharyan/Gharyan/Jabal al Gharbi
    military=GNA forces|LNA forces|forces of the Government of National Unity|Haftar's forces|the Libyan National Army
    police=Libyan police|the Interior Ministry forces|the Deterrence Apparatus
    rebels=an armed militia|the Kani militia|Chadian rebels|Sudanese mercenaries|a Zawiya militia|the 444 Brigade|Wagner mercenaries
    air=LNA aircraft|GNA drones|Turkish drones|LNA warplanes|unidentified aircraft
    parties=supporters of the Presidential Council
    communities=Tebu fighters|Tuareg fighters|two tribes""",
    """name=Lebanon
    adj=Lebanese
    places=Beirut/Beirut/Beirut|Tripoli/Tripoli/North|Sidon/Saida/South|Tyre/Sour/South|Baalbek/Baalbek/Baalbek-Hermel|Nabatieh/Nabatieh/Nabatieh|Bar Elias/Zahle/Beqaa|Halba/Akkar/Akkar
    military=the Lebanese army|the LAF|soldiers
    police=the Internal Security Forces|police|riot police|army intelligence
    rebels=Hezbollah fighters|armed men|gunmen|members of a family clan
    air=Israeli drones|Israeli jets
    parties=Hezbollah|the Amal Movement|the Lebanese Forces|the Free Patriotic Movement|the Future Movement
    communities=two families|rival clans""",
    """name=Palestine
    adj=Palestinian
    places=Nablus/Nablus/West Bank|Jenin/Jenin/West Bank|Hebron/Hebron/West Bank|Qalqiliya/Qalqiliya/West Bank|Ramallah/Ramallah and Al Bireh/West Bank|Khan Younis/Khan Yunis/Gaza Strip|Rafah/Rafah/Gaza Strip|Beit Hanoun/North Gaza/Gaza Strip
    military=Israeli forces|the Israeli army|Israeli soldiers|the IDF
    police=Israeli border police|Palestinian security forces|the Palestinian police
    rebels=Palestinian gunmen|Hamas militants|the Al-Quds Brigades|armed Palestinians|Israeli settlers|the Lions' Den group
    air=Israeli warplanes|Israeli drones|Israeli aircraft
    parties=Fatah|Hamas|the PFLP
    communities=Israeli settlers|Palestinian villagers""",
    """name=Nigeria
    adj=Nigerian
    places=Maiduguri/Maiduguri/Borno|Gwoza/Gwoza/Borno|Monguno/Monguno/Borno|Damboa/Damboa/Borno|Zurmi/Zurmi/Zamfara|Gusau/Gusau/Zamfara|Katsina/Katsina/Katsina|Makurdi/Makurdi/Benue|Jos/Jos North/Plateau|Kaduna/Kaduna North/Kaduna|Owerri/Owerri Municipal/Imo|Lagos/Ikeja/Lagos
    military=the Nigerian army|troops|soldiers of Operation Hadin Kai|the military|Civilian JTF members
    police=the Nigeria Police|police officers|the DSS
    rebels=Boko Haram|ISWAP fighters|bandits|armed bandits|suspected herders|IPOB militants|Fulani militia|cultists|unknown gunmen
    air=the Nigerian Air Force|NAF jets
    parties=the APC|the PDP|the Labour Party
    communities=Fulani herders|Tiv farmers|Berom villagers|youths of two communities""",
    """name=Cameroon
    adj=Cameroonian
    places=Bamenda/Mezam/Nord-Ouest|Kumbo/Bui/Nord-Ouest|Buea/Fako/Sud-Ouest|Kumba/Meme/Sud-Ouest|Mora/Mayo-Sava/Extreme-Nord|Kolofata/Mayo-Sava/Extreme-Nord|Douala/Wouri/Littoral|Yaounde/Mfoundi/Centre
    military=the Cameroonian army|the BIR|soldiers|the military
    police=gendarmes|police|the gendarmerie
    rebels=Ambazonian separatists|Amba fighters|separatist fighters|Boko Haram|ISWAP militants
    air=the Cameroonian air force
    parties=the CPDM|the MRC|the SDF party
    communities=Arab Choa herders|Mousgoum fishermen""",
    """name=Democratic Republic of Congo
    adj=Congolese
    places=Beni/Beni/Nord-Kivu|Butembo/Butembo/Nord-Kivu|Rutshuru/Rutshuru/Nord-Kivu|Masisi/Masisi/Nord-Kivu|Goma/Goma/Nord-Kivu|Djugu/Djugu/Ituri|Bunia/Bunia/Ituri|Uvira/Uvira/Sud-Kivu|Fizi/Fizi/Sud-Kivu|Kinshasa/Gombe/Kinshasa|Kananga/Kananga/Kasai-Central
    military=FARDC soldiers|the FARDC|Congolese troops|MONUSCO peacekeepers
    police=the PNC|Congolese police|police officers
    rebels=ADF rebels|CODECO militiamen|M23 rebels|Mai-Mai fighters|Raia Mutomboki militiamen|Nyatura combatants|the FDLR|Twa militiamen|Zaire militia
    air=FARDC helicopters|the air force
    parties=the UDPS|Together for the Republic|the PPRD
    communities=Twa and Luba villagers|Hema and Lendu villagers""",
    """name=Somalia
    adj=Somali
    places=Mogadishu/Hodan/Banadir|Mogadishu/Wadajir/Banadir|Afgooye/Afgooye/Lower Shabelle|Marka/Marka/Lower Shabelle|Baidoa/Baidoa/Bay|Beledweyne/Beledweyne/Hiraan|Kismayo/Kismayo/Lower Juba|Bosaso/Bossaso/Bari|Galkayo/Gaalkacyo/Mudug|Jowhar/Jowhar/Middle Shabelle
    military=Somali National Army troops|the SNA|AMISOM forces|ATMIS troops|Danab special forces|Ethiopian troops
    police=Somali police|Puntland security forces|Jubaland forces
    rebels=Al Shabaab militants|al-Shabaab|Al Shabaab fighters|clan militias|IS-Somalia fighters|Macawisley militia
    air=US drones|AFRICOM aircraft|Kenyan jets
    parties=supporters of the opposition
    communities=two clan militias|rival sub-clans""",
    """name=Mali
    adj=Malian
    places=Mopti/Mopti/Mopti|Djenne/Djenne/Mopti|Bandiagara/Bandiagara/Mopti|Gao/Gao/Gao|Menaka/Menaka/Menaka|Timbuktu/Timbuktu/Tombouctou|Niono/Niono/Segou|Bamako/Bamako/Bamako|Kidal/Kidal/Kidal
    military=FAMa soldiers|the Malian army|FAMa|Wagner forces|MINUSMA peacekeepers
    police=Malian gendarmes|the national guard|police
    rebels=JNIM militants|IS Sahel fighters|jihadists|Dozo hunters|Dan Na Ambassagou militiamen|CMA rebels|suspected jihadists
    air=the Malian air force|FAMa drones
    parties=the M5-RFP movement
    communities=Fulani herders|Dogon villagers""",
    """name=Burkina Faso
    adj=Burkinabe
    places=Djibo/Soum/Sahel|Arbinda/Soum/Sahel|Dori/Seno/Sahel|Fada N'Gourma/Gourma/Est|Kaya/Sanmatenga/Centre-Nord|Ouahigouya/Yatenga/Nord|Ouagadougou/Kadiogo/Centre|Diapaga/Tapoa/Est
    military=the Burkinabe army|soldiers|VDP volunteers|the defence and security forces
    police=gendarmes|police
    rebels=JNIM militants|Ansaroul Islam fighters|IS Sahel militants|armed men|suspected jihadists|Koglweogo militiamen
    air=the Burkinabe air force|army drones
    parties=supporters of the transition
    communities=Fulani residents|Mossi villagers""",
    """name=Niger
    adj=Nigerien
    places=Tillaberi/Tillaberi/Tillaberi|Ayorou/Tillaberi/Tillaberi|Diffa/Diffa/Diffa|Tahoua/Tahoua/Tahoua|Niamey/Niamey/Niamey|Maradi/Maradi/Maradi
    military=Nigerien soldiers|the Nigerien army|the armed forces
    police=Nigerien police|gendarmes
    rebels=IS Sahel militants|Boko Haram|ISWAP fighters|bandits|JNIM militants
    air=the Nigerien air force
    parties=supporters of the junta
    communities=herders|farmers""",
    """name=Sudan
    adj=Sudanese
    places=Khartoum/Khartoum/Khartoum|Omdurman/Omdurman/Khartoum|El Fasher/El Fasher/North Darfur|Geneina/Geneina/West Darfur|Nyala/Nyala/South Darfur|El Obeid/Sheikan/North Kordofan|Kadugli/Kadugli/South Kordofan|Wad Madani/Wad Madani/Al Jazirah
    military=the Sudanese Armed Forces|the SAF|the army
    police=police|the Central Reserve Police|security forces
    rebels=the RSF|Rapid Support Forces|SPLM-N fighters|Arab militias|armed herders|Janjaweed militiamen
    air=SAF warplanes|RSF drones|the Sudanese air force
    parties=the Forces of Freedom and Change|resistance committees|the Sudanese Professionals Association
    communities=Masalit villagers|Arab tribesmen|Nuba residents""",
    """name=South Sudan
    adj=South Sudanese
    places=Juba/Juba/Central Equatoria|Yei/Yei/Central Equatoria|Bor/Bor South/Jonglei|Malakal/Malakal/Upper Nile|Rumbek/Rumbek Centre/Lakes|Wau/Wau/Western Bahr el Ghazal|Tonj/Tonj North/Warrap
    military=the SSPDF|government troops|soldiers
    police=South Sudanese police|police
    rebels=NAS rebels|SPLA-IO forces|armed youth|cattle raiders|White Army fighters
    air=the air force
    parties=the SPLM|the SPLM-IO
    communities=Dinka cattle keepers|Nuer youth|Murle youth""",
    """name=Ethiopia
    adj=Ethiopian
    places=Mekelle/Mekelle/Tigray|Shire/North Western/Tigray|Gondar/Gondar/Amhara|Bahir Dar/Bahir Dar/Amhara|Dessie/South Wollo/Amhara|Nekemte/East Wellega/Oromia|Ambo/West Shewa/Oromia|Addis Ababa/Addis Ababa/Addis Ababa|Metekel/Metekel/Benshangul-Gumuz
    military=the ENDF|Ethiopian troops|federal forces|Amhara special forces|Eritrean troops
    police=federal police|regional police|the Oromia police
    rebels=the OLA|Fano militiamen|TPLF forces|Tigrayan forces|Gumuz militiamen|unidentified gunmen
    air=the Ethiopian air force|ENDF drones
    parties=the Prosperity Party|the OFC|NaMA
    communities=Amhara residents|Oromo residents|Somali and Afar clansmen""",
    """name=Kenya
    adj=Kenyan
    places=Nairobi/Nairobi/Nairobi|Mombasa/Mombasa/Mombasa|Lamu/Lamu/Lamu|Mandera/Mandera/Mandera|Garissa/Garissa/Garissa|Kisumu/Kisumu/Kisumu|Marsabit/Marsabit/Marsabit|Baringo/Baringo/Baringo
    military=the KDF|Kenyan soldiers
    police=Kenyan police|the GSU|anti-riot police|police officers
    rebels=Al Shabaab militants|bandits|cattle rustlers|armed herders
    air=the Kenyan air force
    parties=ODM supporters|UDA supporters|Azimio supporters
    communities=Pokot herders|Turkana herders|Borana and Gabra clansmen""",
    """name=Mozambique
    adj=Mozambican
    places=Mocimboa da Praia/Mocimboa da Praia/Cabo Delgado|Palma/Palma/Cabo Delgado|Macomia/Macomia/Cabo Delgado|Muidumbe/Muidumbe/Cabo Delgado|Pemba/Pemba/Cabo Delgado|Chimoio/Chimoio/Manica|Maputo/Maputo/Maputo City|Beira/Beira/Sofala
    military=Mozambican forces|the FADM|Rwandan troops|SAMIM forces|local militia
    police=the PRM|Mozambican police|the UIR
    rebels=Islamic State Mozambique militants|insurgents|al-Shabaab militants|Renamo dissidents|the Renamo Military Junta
    air=DAG helicopters|the air force
    parties=Frelimo|Renamo|the MDM
    communities=residents""",
    """name=Central African Republic
    adj=Central African
    places=Bangui/Bangui/Bangui|Bambari/Bambari/Ouaka|Bria/Bria/Haute-Kotto|Kaga-Bandoro/Kaga-Bandoro/Nana-Grebizi|Bossangoa/Bossangoa/Ouham|Bangassou/Bangassou/Mbomou
    military=FACA soldiers|Wagner mercenaries|MINUSCA peacekeepers|Russian instructors
    police=Central African police|gendarmes
    rebels=UPC rebels|3R fighters|anti-balaka militiamen|ex-Seleka rebels|CPC rebels|MPC fighters
    air=an unidentified aircraft
    parties=the MCU
    communities=Fulani herders|Christian and Muslim residents""",
    """name=Burundi
    adj=Burundian
    places=Bujumbura/Mukaza/Bujumbura Mairie|Gitega/Gitega/Gitega|Ngozi/Ngozi/Ngozi|Cibitoke/Rugombo/Cibitoke|Bubanza/Bubanza/Bubanza|Makamba/Makamba/Makamba
    military=the Burundian army|FDNB soldiers
    police=Burundian police|the SNR
    rebels=Imbonerakure members|RED-Tabara rebels|FNL fighters|armed men
    air=army helicopters
    parties=the CNDD-FDD|the CNL
    communities=residents""",
    """name=Philippines
    adj=Philippine
    places=Marawi/Marawi/Lanao del Sur|Cotabato City/Cotabato City/Maguindanao|Datu Piang/Datu Piang/Maguindanao|Jolo/Jolo/Sulu|Patikul/Patikul/Sulu|Quezon City/Quezon City/Metro Manila|Tondo/Manila/Metro Manila|Bacolod/Bacolod/Negros Occidental|Davao City/Davao City/Davao del Sur
    military=the Philippine army|AFP soldiers|government troops|the Philippine Marines
    police=PNP officers|police|anti-drug operatives
    rebels=Abu Sayyaf militants|NPA rebels|the New People's Army|BIFF fighters|Dawlah Islamiyah militants|MILF members
    air=the Philippine air force|military helicopters
    parties=supporters of the president|Bayan Muna
    communities=two clans|rival families""",
    """name=Myanmar
    adj=Myanmar
    places=Myitkyina/Myitkyina/Kachin|Hpakant/Mohnyin/Kachin|Lashio/Lashio/Shan|Muse/Muse/Shan|Paletwa/Mindat/Chin|Mindat/Mindat/Chin|Rathedaung/Sittwe/Rakhine|Buthidaung/Maungdaw/Rakhine|Monywa/Monywa/Sagaing|Yangon/Yangon/Yangon|Mandalay/Mandalay/Mandalay|Hpasawng/Bawlakhe/Kayah
    military=the Myanmar military|the Tatmadaw|junta troops|military regime forces|the military
    police=Myanmar police|junta police|police
    rebels=the Arakan Army|KIA fighters|PDF fighters|the TNLA|the KNLA|People's Defence Force members|the Chinland Defence Force|the MNDAA
    air=military aircraft|junta jets|military helicopters
    parties=the NLD|the USDP
    communities=residents""",
    """name=Thailand
    adj=Thai
    places=Pattani/Mueang Pattani/Pattani|Narathiwat/Mueang Narathiwat/Narathiwat|Yala/Mueang Yala/Yala|Rueso/Rueso/Narathiwat|Bangkok/Pathum Wan/Bangkok
    military=Thai soldiers|rangers|the Thai army
    police=Thai police|police
    rebels=BRN insurgents|separatist insurgents|suspected insurgents
    air=the air force
    parties=Move Forward|Pheu Thai|pro-democracy activists
    communities=residents""",
    """name=Turkey
    adj=Turkish
    places=Hakkari/Hakkari/Hakkari|Sirnak/Sirnak/Sirnak|Diyarbakir/Sur/Diyarbakir|Van/Ipekyolu/Van|Istanbul/Kadikoy/Istanbul|Ankara/Cankaya/Ankara|Izmir/Konak/Izmir|Tunceli/Tunceli/Tunceli
    military=Turkish forces|the Turkish army|Turkish gendarmerie|Turkish special forces
    police=Turkish police|riot police|gendarmes
    rebels=PKK militants|PKK fighters|IS militants|HPG fighters|an anarchist group
    air=Turkish warplanes|Turkish drones|Turkish jets
    parties=the HDP|the CHP|the AKP|the DEM Party
    communities=residents""",
    """name=Azerbaijan
    adj=Azerbaijani
    places=Tovuz/Tovuz/Tovuz|Agdam/Agdam/Agdam|Fuzuli/Fuzuli/Fuzuli|Terter/Terter/Terter|Lachin/Lachin/Lachin|Baku/Baku/Baku
    military=Azerbaijani forces|the Azerbaijani army|Azerbaijani troops
    police=Azerbaijani police
    rebels=Armenian forces|ethnic Armenian forces|Artsakh defence forces
    air=Azerbaijani drones|Armenian drones
    parties=the Popular Front Party
    communities=residents""",
    """name=Armenia
    adj=Armenian
    places=Jermuk/Jermuk/Vayots Dzor|Goris/Goris/Syunik|Sotk/Vardenis/Gegharkunik|Yerevan/Kentron/Yerevan|Ijevan/Ijevan/Tavush
    military=Armenian forces|the Armenian army|Armenian troops
    police=Armenian police
    rebels=Azerbaijani forces|Azerbaijani troops
    air=Azerbaijani drones
    parties=the opposition|Civil Contract
    communities=residents""",
    """name=Iran
    adj=Iranian
    places=Zahedan/Zahedan/Sistan and Baluchestan|Saravan/Saravan/Sistan and Baluchestan|Mahabad/Mahabad/West Azerbaijan|Sanandaj/Sanandaj/Kurdistan|Tehran/Tehran/Tehran|Ahvaz/Ahvaz/Khuzestan|Isfahan/Isfahan/Isfahan
    military=the IRGC|Revolutionary Guards|Iranian border guards|the Iranian army
    police=Iranian police|riot police|Basij forces|security forces
    rebels=Jaish al-Adl militants|PJAK fighters|Kurdish militants|unidentified gunmen
    air=IRGC drones
    parties=reformist supporters
    communities=residents""",
    """name=Israel
    adj=Israeli
    places=Sderot/Ashkelon/Southern|Ashkelon/Ashkelon/Southern|Kiryat Shmona/Kiryat Shmona/Northern|Jerusalem/Jerusalem/Jerusalem|Tel Aviv/Tel Aviv/Tel Aviv|Haifa/Haifa/Haifa
    military=the IDF|Israeli forces|the Israeli army
    police=Israeli police|border police
    rebels=Hamas militants|Hezbollah|Palestinian militants|the Islamic Jihad
    air=Israeli warplanes|Hezbollah drones
    parties=Likud|opposition parties
    communities=Jewish and Arab residents""",
    """name=Egypt
    adj=Egyptian
    places=Rafah/Rafah/North Sinai|Sheikh Zuweid/Sheikh Zuweid/North Sinai|Bir al-Abd/Bir al-Abd/North Sinai|Al-Arish/Al-Arish/North Sinai|Cairo/Cairo/Cairo|Alexandria/Alexandria/Alexandria
    military=the Egyptian army|Egyptian troops|the armed forces
    police=Egyptian police|security forces
    rebels=IS Sinai militants|Wilayat Sinai fighters|militants|tribal fighters
    air=Egyptian warplanes
    parties=the Muslim Brotherhood
    communities=two families""",
    """name=Tunisia
    adj=Tunisian
    places=Tunis/Tunis/Tunis|Sfax/Sfax/Sfax|Kasserine/Kasserine/Kasserine|Gafsa/Gafsa/Gafsa|Tataouine/Tataouine/Tataouine|Sidi Bouzid/Sidi Bouzid/Sidi Bouzid|Ettadhamen/Ettadhamen/Ariana
    military=the Tunisian army|soldiers
    police=Tunisian police|the national guard|security forces
    rebels=jihadists|Okba Ibn Nafaa militants|armed men
    air=the army
    parties=Ennahda|the Free Destourian Party|the UGTT
    communities=residents""",
    """name=Algeria
    adj=Algerian
    places=Algiers/Algiers/Algiers|Oran/Oran/Oran|Bejaia/Bejaia/Bejaia|Tizi Ouzou/Tizi Ouzou/Tizi Ouzou|Ouargla/Ouargla/Ouargla
    military=the Algerian army|the ANP
    police=Algerian police|gendarmes
    rebels=a terrorist cell|armed men
    air=the army
    parties=the Hirak movement|the FLN
    communities=residents""",
    """name=Chile
    adj=Chilean
    places=Santiago/Santiago/Metropolitana|Temuco/Cautin/Araucania|Ercilla/Malleco/Araucania|Valparaiso/Valparaiso/Valparaiso|Concepcion/Concepcion/Biobio|Antofagasta/Antofagasta/Antofagasta
    military=the Chilean army|soldiers
    police=the Carabineros|police|special forces of the Carabineros
    rebels=Mapuche militants|the CAM|an armed group|unidentified attackers
    air=the army
    parties=the Communist Party|Republican Party supporters
    communities=Mapuche residents""",
    """name=Argentina
    adj=Argentine
    places=Buenos Aires/Buenos Aires/Buenos Aires|Rosario/Rosario/Santa Fe|Cordoba/Capital/Cordoba|La Plata/La Plata/Buenos Aires|Mendoza/Capital/Mendoza|Bariloche/Bariloche/Rio Negro
    military=the army
    police=the Federal Police|provincial police|the gendarmerie
    rebels=a drug gang|armed men|barras bravas
    air=the army
    parties=the CGT|Peronist militants|La Libertad Avanza
    communities=residents""",
    """name=Peru
    adj=Peruvian
    places=Lima/Lima/Lima|Ayacucho/Huamanga/Ayacucho|Puno/Puno/Puno|Cusco/Cusco/Cusco|Juliaca/San Roman/Puno|Pichari/La Convencion/Cusco
    military=the Peruvian army|soldiers
    police=the National Police|police officers
    rebels=Shining Path remnants|drug traffickers|illegal miners
    air=the air force
    parties=Peru Libre|Popular Force
    communities=Aymara residents|campesino communities""",
    """name=Ecuador
    adj=Ecuadorian
    places=Guayaquil/Guayaquil/Guayas|Quito/Quito/Pichincha|Esmeraldas/Esmeraldas/Esmeraldas|Manta/Manta/Manabi|Machala/Machala/El Oro
    military=the Ecuadorian army|soldiers
    police=the National Police|police
    rebels=Los Choneros|Los Lobos|gang members|prison gangs
    air=the army
    parties=CONAIE|the Citizen Revolution
    communities=indigenous residents""",
    """name=Haiti
    adj=Haitian
    places=Port-au-Prince/Port-au-Prince/Ouest|Croix-des-Bouquets/Croix-des-Bouquets/Ouest|Petion-Ville/Port-au-Prince/Ouest|Cap-Haitien/Cap-Haitien/Nord|Gonaives/Gonaives/Artibonite|Saint-Marc/Saint-Marc/Artibonite
    military=the Haitian army|Kenyan police officers
    police=the PNH|Haitian police|police officers
    rebels=the G9 gang alliance|the 400 Mawozo gang|Viv Ansanm gangs|armed gangs|the Gran Grif gang
    air=police drones
    parties=opposition parties
    communities=Bwa Kale vigilantes|residents""",
    """name=Honduras
    adj=Honduran
    places=Tegucigalpa/Distrito Central/Francisco Morazan|San Pedro Sula/San Pedro Sula/Cortes|La Ceiba/La Ceiba/Atlantida|Choloma/Choloma/Cortes
    military=the Honduran army|military police
    police=the National Police|police
    rebels=MS-13 members|Barrio 18 gang members|armed men
    air=the army
    parties=the Liberal Party|Libre supporters
    communities=Garifuna residents""",
    """name=Bangladesh
    adj=Bangladeshi
    places=Dhaka/Dhaka/Dhaka|Chittagong/Chittagong/Chittagong|Cox's Bazar/Cox's Bazar/Chittagong|Sylhet/Sylhet/Sylhet|Rangamati/Rangamati/Chittagong|Khulna/Khulna/Khulna
    military=the Bangladesh army|BGB troops|the RAB
    police=police|the Rapid Action Battalion|the DB police
    rebels=ARSA members|the KNF|a Rohingya armed group|robbers
    air=the army
    parties=the Awami League|the BNP|the Chhatra League|the Jamaat-e-Islami|student activists
    communities=supporters of two Awami League factions|two groups of villagers""",
    """name=Sri Lanka
    adj=Sri Lankan
    places=Colombo/Colombo/Western|Jaffna/Jaffna/Northern|Batticaloa/Batticaloa/Eastern|Kandy/Kandy/Central
    military=the Sri Lankan army|soldiers
    police=police|the Special Task Force
    rebels=armed men|an underworld gang
    air=the air force
    parties=the SLPP|the JVP|the SJB
    communities=residents""",
    """name=Indonesia
    adj=Indonesian
    places=Jayapura/Jayapura/Papua|Intan Jaya/Intan Jaya/Central Papua|Nduga/Nduga/Highland Papua|Puncak/Puncak/Central Papua|Jakarta/Central Jakarta/Jakarta|Poso/Poso/Central Sulawesi|Makassar/Makassar/South Sulawesi
    military=the TNI|Indonesian soldiers|security forces
    police=Indonesian police|Brimob officers|police
    rebels=TPNPB fighters|West Papua rebels|the MIT militants|an armed criminal group
    air=military helicopters
    parties=Papuan students|the PDI-P
    communities=two villages|residents""",
    """name=Serbia
    adj=Serbian
    places=Belgrade/Belgrade/Belgrade|Novi Sad/Novi Sad/South Backa|Nis/Nis/Nisava|Kragujevac/Kragujevac/Sumadija
    military=the Serbian army
    police=Serbian police|the gendarmerie
    rebels=football hooligans|armed men
    air=the army
    parties=the SNS|opposition parties|student groups
    communities=residents""",
    """name=Greece
    adj=Greek
    places=Athens/Athens/Attica|Thessaloniki/Thessaloniki/Central Macedonia|Patras/Patras/Western Greece|Exarcheia/Athens/Attica|Lesbos/Mytilene/North Aegean
    military=the Greek army
    police=Greek police|riot police|MAT units
    rebels=anarchists|an anarchist group|unidentified arsonists
    air=the army
    parties=SYRIZA|KKE|New Democracy
    communities=residents""",
    """name=United States
    adj=American
    places=Minneapolis/Hennepin/Minnesota|Portland/Multnomah/Oregon|Chicago/Cook/Illinois|Atlanta/Fulton/Georgia|Los Angeles/Los Angeles/California|New York/New York/New York|Seattle/King/Washington
    military=the National Guard
    police=police|the police department|federal agents|sheriff's deputies
    rebels=a far-right militia|armed men|a gunman
    air=police helicopters
    parties=Black Lives Matter|Republican supporters|Democratic supporters
    communities=counter-protesters""",
    """name=Uganda
    adj=Ugandan
    places=Kampala/Kampala/Kampala|Kasese/Kasese/Kasese|Moroto/Moroto/Moroto|Gulu/Gulu/Gulu|Wakiso/Wakiso/Wakiso
    military=the UPDF|Ugandan soldiers
    police=Ugandan police|the LDU
    rebels=ADF rebels|Karimojong warriors|armed cattle raiders
    air=the UPDF air wing
    parties=the NUP|the NRM|FDC supporters
    communities=residents""",
    """name=Zimbabwe
    adj=Zimbabwean
    places=Harare/Harare/Harare|Bulawayo/Bulawayo/Bulawayo|Mutare/Mutare/Manicaland|Gweru/Gweru/Midlands
    military=the Zimbabwe National Army|soldiers
    police=the ZRP|police
    rebels=ZANU-PF militia|artisanal miners|machete gangs
    air=the army
    parties=the CCC|ZANU-PF|the MDC Alliance
    communities=residents""",
    """name=South Africa
    adj=South African
    places=Johannesburg/City of Johannesburg/Gauteng|Soweto/City of Johannesburg/Gauteng|Durban/eThekwini/KwaZulu-Natal|Cape Town/City of Cape Town/Western Cape|Pretoria/City of Tshwane/Gauteng|Alexandra/City of Johannesburg/Gauteng
    military=the SANDF
    police=the SAPS|police|metro police|the public order police
    rebels=taxi gunmen|gang members|illegal miners|hitmen
    air=police helicopters
    parties=the EFF|the ANC|the DA|Operation Dudula
    communities=residents""",
    """name=Guinea
    adj=Guinean
    places=Conakry/Ratoma/Conakry|Kankan/Kankan/Kankan|Nzerekore/Nzerekore/Nzerekore|Labe/Labe/Labe
    military=Guinean soldiers|the army
    police=Guinean police|gendarmes
    rebels=armed men
    air=the army
    parties=the FNDC|the UFDG|the RPG
    communities=residents""",
)
COUNTRIES: tuple[Country, ...] = tuple(_country(spec) for spec in _COUNTRY_SPECS)

# ----------------------------------------------------------------------------------------------------------
# Shared slot lexicons
# ----------------------------------------------------------------------------------------------------------

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")

CIVILIANS = (
    "a man",
    "a woman",
    "a civilian",
    "two civilians",
    "a farmer",
    "two farmers",
    "a shopkeeper",
    "a teacher",
    "a local trader",
    "a 42-year-old man",
    "a young man",
    "a teenage boy",
    "a boy",
    "an elderly man",
    "three members of a family",
    "a taxi driver",
    "a motorcycle taxi driver",
    "a bus driver",
    "a journalist",
    "a community leader",
    "a former local councillor",
    "a village chief",
    "a pastor",
    "an imam",
    "a nurse",
    "a health worker",
    "an aid worker",
    "a lawyer",
    "a human rights defender",
    "a land rights activist",
    "a businessman",
    "a fisherman",
    "two herders",
    "a shepherd",
    "a student",
    "a couple",
    "a mother and her son",
    "several villagers",
    "a group of civilians",
    "a displaced person",
    "a local politician",
    "a candidate",
    "a mayor",
    "a social leader",
    "a money changer",
    "a street vendor",
    "a woman and her daughter",
)
GIRLS_WOMEN = (
    "a woman",
    "a girl",
    "two women",
    "a 16-year-old girl",
    "several women",
    "a displaced woman",
    "a woman and her daughter",
    "three girls",
    "a young woman",
    "a minor",
)
PROTESTERS = (
    "residents",
    "students",
    "university students",
    "teachers",
    "health workers",
    "nurses",
    "doctors",
    "farmers",
    "traders",
    "market vendors",
    "workers",
    "factory workers",
    "miners",
    "taxi drivers",
    "truck drivers",
    "motorcycle taxi drivers",
    "pensioners",
    "retirees",
    "women",
    "relatives of detainees",
    "families of missing persons",
    "migrant workers",
    "lawyers",
    "journalists",
    "activists",
    "youths",
    "unemployed graduates",
    "indigenous people",
    "villagers",
    "shop owners",
    "fishermen",
    "bank depositors",
    "public sector employees",
    "municipal workers",
    "rice farmers",
    "sugarcane farmers",
    "displaced people",
    "refugees",
    "prisoners",
    "football fans",
    "religious leaders",
    "members of a trade union",
    "supporters of {party}",
    "members of {party}",
    "civil society groups",
    "environmental activists",
    "Kurdish activists",
    "a group of women",
    "hundreds of people",
    "dozens of people",
    "about 200 people",
    "parents of students",
    "bus drivers",
    "street vendors",
    "garment workers",
    "contract workers",
)
ISSUES = (
    "to demand the payment of overdue salaries",
    "against rising fuel prices",
    "over repeated power cuts",
    "demanding the release of detained activists",
    "against the high cost of living",
    "over water shortages",
    "to demand better working conditions",
    "to denounce the killing of a local leader",
    "against the construction of a dam",
    "in solidarity with political prisoners",
    "against corruption",
    "against police brutality",
    "demanding land rights",
    "against the closure of a local hospital",
    "to demand food aid",
    "against a new tax law",
    "over delays in pension payments",
    "against the government's economic policies",
    "to demand justice for a murdered student",
    "against insecurity in the area",
    "calling for the resignation of the governor",
    "against a mining project",
    "over the lack of basic services",
    "to demand compensation for lost land",
    "against electoral fraud",
    "against the arrest of an opposition leader",
    "in support of the president",
    "against gender-based violence",
    "to demand the reopening of schools",
    "over unpaid wages",
    "against the eviction of street vendors",
    "to demand the return of the bodies of their relatives",
    "over the poor state of the roads",
    "against lockdown restrictions",
    "to demand rent relief",
    "against the price of bread",
    "to commemorate victims of the conflict",
    "against a proposed constitutional amendment",
    "demanding security after a wave of kidnappings",
    "against the presence of foreign troops",
    "against a court ruling",
    "over a land dispute with a company",
    "demanding fair fuel distribution",
    "against the dismissal of workers",
    "to demand the rehiring of dismissed employees",
    "to protest against femicides",
    "calling for early elections",
    "against the detention of journalists",
)
CLASH_VERBS = (
    "clashed with",
    "fought",
    "exchanged fire with",
    "engaged in armed clashes with",
    "battled",
    "fought heavy battles with",
    "were involved in a gunfight with",
    "traded gunfire with",
    "engaged in a firefight with",
)
WEAPON_SHELL = (
    "artillery",
    "mortars",
    "mortar shells",
    "heavy artillery",
    "rockets",
    "Grad rockets",
    "tank fire",
    "120mm mortars",
    "82mm mortars",
    "multiple rocket launchers",
    "grenade launchers",
    "anti-tank guided missiles",
    "howitzers",
    "ballistic missiles",
    "Katyusha rockets",
    "cruise missiles",
    "heavy weapons",
    "recoilless rifles",
    "infantry fighting vehicles",
)
DEVICES = (
    "an IED",
    "a roadside bomb",
    "an improvised explosive device",
    "a landmine",
    "a car bomb",
    "a magnetic bomb",
    "a motorcycle bomb",
    "a bomb",
    "an explosive device",
    "a remote-controlled bomb",
    "a sticky bomb",
    "a booby trap",
    "an anti-tank mine",
    "a pressure-plate IED",
    "a vehicle-borne IED",
)
AFTERMATH_DEAD = (
    "{n} people were killed.",
    "{n} people died.",
    "{n} fatalities were reported.",
    "{n} were killed and {m} injured.",
    "The victim died on the spot.",
    "The victim died in hospital.",
    "{n} civilians were killed.",
    "The attack left {n} dead.",
    "{n} people were wounded.",
    "Several people were injured.",
)
AFTERMATH_NONE = (
    "No casualties were reported.",
    "No fatalities reported.",
    "There were no reports of casualties.",
    "Casualties unknown.",
    "No injuries were reported.",
    "Fatalities are unknown.",
    "It is unclear whether anyone was hurt.",
)
SIZES = (
    "[size=no report]",
    "[size=around 100]",
    "[size=dozens]",
    "[size=hundreds]",
    "[size=at least 30]",
    "[size=about 50]",
    "[size=several thousand]",
    "[size=no report]",
)

# ----------------------------------------------------------------------------------------------------------
# Templates per label. Slots: {A} initiator, {B} opposing armed actor, {C} civilian victims, {L} location
# phrase, {T} town, {N}/{M} numbers, {P} protesters, {I} issue, {W} heavy weapon, {X} device, {F} aircraft,
# {Q} party, {G} community, {H} police, {S} state forces, {Y} country, {J} adjective, {D} date.
# ----------------------------------------------------------------------------------------------------------

TEMPLATES: dict[str, tuple[str, ...]] = {
    "Armed clash": (
        "{D} ceasefire monitors recorded a total of {N0} shots and bursts from small arms {L}.",
        "{D} monitors heard {N0} bursts of heavy machine-gun fire {L}.",
        "{D} {N} {B_members} were found dead {L}, killed by unknown gunmen.",
        "{D} a member of the security forces was found killed {L}.",
        "{D} unidentified gunmen abducted {N} soldiers {L} and later killed them.",
        "{D} {B} thwarted an incursion by {S} {L}, killing and injuring dozens.",
        "{D} a shoot-out took place {L}.",
        "{D} shoot-outs were reported in several neighbourhoods {L}.",
        "{D} a shoot-out between rival gangs took place {L}; a bystander was hit by a stray bullet.",
        "{D} a shoot-out took place {L} during a police operation.",
        "{D} residents reported intense gunfire between {B} and {H} {L}.",
        "{D} {S} fired with unspecified weapons on the positions of {B} {L}.",
        "{D} {B} fired with unspecified weapons on {S} positions located {L}.",
        "{D} {S} fired mortars, grenade launchers and small arms at the positions of {B} {L}.",
        "{D} {B} fired {W} and small arms at {S} positions {L}. During the day, {N} soldiers were wounded.",
        "{D} the two sides exchanged fire across the line of contact {L}.",
        "{D} {A_armed} shot dead a soldier {L}.",
        "{D} unidentified gunmen shot and killed a {B_fighter} {L}.",
        "{D} a sniper from {B} killed a soldier {L}.",
        "{D} gunmen killed {N} police officers at a checkpoint {L}.",
        "{D} {B} killed a police officer {L}.",
        "{D} {S} killed a suspected commander of {B} {L}.",
        "{D} {S} killed {N} suspected {B_members} in a raid {L}.",
        "{D} a suspect was shot dead in a shoot-out with {H} {L}; another was arrested.",
        "{D} {H} came under fire from suspected criminals {L} and returned fire, killing one.",
        "{D} {H} carried out an operation against drug traffickers {L}; {N} suspects were killed in the exchange of fire.",
        "{D} {B} attacked {S} in their barracks {L}.",
        "{D} {B} launched {N} attacks on {S} positions {L}; no casualties were reported.",
        "{D} {B} attacked a {S_adj} military camp {L}; the attackers were repulsed.",
        "{D} armed men opened fire on police officers {L}, who returned fire.",
        "{D} {S} and {B} fought {L}; {N} fighters were killed or captured.",
        "{D} {G} clashed with {S} {L}.",
        "{D} {S} {clash} {B} {L}.",
        "{D} {B} {clash} {S} {L}.",
        "{D} {S} and {B} clashed {L}.",
        "{D} clashes broke out between {S} and {B} {L}.",
        "{D} {B} attacked a military position {L}, sparking clashes with {S}.",
        "{D} {B} attacked an army checkpoint {L}. {S} repelled the attack.",
        "{D} {B} ambushed a {S_adj} patrol {L}, killing {N} soldiers.",
        "{D} {B} ambushed a convoy of {S} {L}.",
        "{D} {S} repelled an attack by {B} {L}.",
        "{D} {S} thwarted an infiltration attempt by {B} {L}.",
        "{D} heavy fighting was reported between {S} and {B} {L}.",
        "{D} {S} killed {N} {B_members} during a military operation {L}.",
        "{D} {N} soldiers were killed when {B} stormed a military base {L}.",
        "{D} {B} launched an assault on {S} positions {L}; the fighting lasted several hours.",
        "{D} {B} attacked a police station {L}, exchanging fire with officers for two hours.",
        "{D} {H} exchanged fire with suspected {B} during a raid {L}, killing {N} suspects.",
        "{D} a shootout between {H} and {B} {L} left {N} dead.",
        "{D} {H} were attacked by {B} while on patrol {L}; {N} officers were wounded in the exchange of fire.",
        "{D} {B} and {B2} clashed {L}, leaving {N} fighters dead.",
        "{D} rival armed groups, {B} and {B2}, fought for control of a trafficking route {L}.",
        "{D} fighting erupted between {B} and {B2} {L}.",
        "{D} {S} fired small arms and heavy machine guns at the positions of {B} {L}.",
        "{D} {B} fired small arms at {S} positions {L}.",
        "{D} ceasefire monitors recorded {N0} shots and bursts of small-arms fire {L}.",
        "{D} international monitors observed {N0} ceasefire violations involving small arms {L}.",
        "{D} an exchange of gunfire between {S} and {B} was reported {L}.",
        "{D} {S}, backed by air support, engaged {B} {L}, killing several fighters.",
        "{D} {S} conducted a clearance operation against {B} {L}; {N} militants and one soldier were killed.",
        "{D} {B} killed {N} soldiers in an attack on a military outpost {L}.",
        "{D} {B} assassinated a {S_adj} officer in an ambush {L}.",
        "{D} a gunfight broke out {L} when {B} attacked security personnel.",
        "{D} {N} militants were killed in an encounter with {S} {L}.",
        "{D} {S} intercepted a group of {B} {L} and a firefight followed.",
        "{D} {B} and {S} exchanged heavy fire {L}.",
        "{D} {G} clashed with armed {B} {L}, leaving {N} dead on both sides.",
        "{S} {clash} {B} {L} {W_day}",
        "Heavy fighting between {S} and {B} {L} {W_day}, sources said.",
        "{N} soldiers killed as {B} ambush army convoy {L}",
        "Troops repel {B} attack on base {L}",
        "Gun battle between police and {B} {L}",
        "Fierce clashes were reported {L} {W_day} between {S} and {B}, according to local sources.",
        "{S} said they had killed {N} {B_members} in a firefight {L}.",
        "An army spokesman said {N} soldiers died when {B} attacked their post {L}.",
        "{D} {B} launched a coordinated attack on military and police posts {L}, triggering a firefight.",
        "{D} two armed groups clashed {L} over control of the area.",
    ),
    "Government regains territory": (
        "{D} {S} regained control of {T} from {B} after heavy fighting.",
        "{D} {S} recaptured {T} {L2} from {B}.",
        "{D} {S} retook several villages {L} from {B} following clashes.",
        "{D} {S} liberated {T} from {B}, killing {N} militants.",
        "{D} {S} took back control of {T} after {B} were driven out.",
        "{D} after days of fighting, {S} recovered the town of {T} from {B}.",
        "{S} retake {T} from {B}",
        "{S} said {W_day} that they had recaptured {T} after {B} fled.",
        "{D} {S} advanced and regained {N} positions {L} previously held by {B}.",
        "{D} {S} and allied militias restored government control over {T} after clashes with {B}.",
    ),
    "Non-state actor overtakes territory": (
        "{D} {B} seized control of {T} after clashes with {S}.",
        "{D} {B} captured {T} {L2} following heavy fighting with {S}.",
        "{D} {B} overran a military base {L} and took control of the area.",
        "{D} {B} took control of {N} villages {L} after {S} retreated under fire.",
        "{D} {T} fell to {B} after {S} were driven out.",
        "{D} {B} stormed and captured the district headquarters {L}.",
        "{B} capture {T} after fighting with {S}",
        "{D} {B} seized several positions {L} from {B2} after clashes.",
        "{D} {B} overran {T}, killing {N} soldiers and taking control of the town.",
        "{D} {B} launched an offensive and captured {T} from {S}.",
    ),
    "Chemical weapon": (
        "{D} {S} used chlorine gas in an attack {L}.",
        "{D} a chemical attack was reported {L}; dozens of people suffered breathing difficulties.",
        "{D} barrels containing chlorine were dropped {L}, injuring {N} civilians.",
        "{D} {S} allegedly used toxic gas against {B} {L}.",
        "{D} a suspected sarin attack {L} killed {N} people.",
        "{D} residents {L} reported symptoms of poisoning after shells carrying toxic chemicals landed.",
        "Suspected chemical attack {L}",
        "{D} {N} people were treated for suffocation after a poison gas attack {L}.",
        "{D} mustard gas was used in an attack on positions {L}.",
    ),
    "Air/drone strike": (
        "{D} {B} dropped a grenade from a drone on {S} positions {L}.",
        "{D} {S} bombed {B} bases {L}.",
        "{D} the air force and artillery attacked {B} {L}, killing {N} fighters.",
        "{D} {N} {B_members} were killed by airstrikes {L}.",
        "{D} air raids were reported on {B} positions {L}, killing and injuring a number of fighters.",
        "{D} {F} carried out airstrikes {L}.",
        "{D} {F} struck {B} positions {L}.",
        "{D} {F} targeted a vehicle {L}, killing {N} people.",
        "{D} an airstrike by {F} hit a market {L}, killing {N} civilians.",
        "{D} {F} bombed {T} {L2}.",
        "{D} a drone strike by {F} targeted a {B_member} {L}.",
        "{D} {F} conducted {N} air raids {L}.",
        "{D} {F} launched several airstrikes on {B} targets {L}.",
        "{D} a drone dropped an explosive on a house {L}, wounding {N} civilians.",
        "{D} a kamikaze drone hit an energy facility {L}.",
        "{D} helicopters fired on {B} positions {L}.",
        "{D} {F} dropped barrel bombs on {T} {L2}.",
        "{D} warplanes struck a convoy of {B} {L}.",
        "{D} {F} targeted a weapons depot {L}.",
        "{D} an armed drone struck a car {L}, killing {N} occupants.",
        "{D} {F} hit a school {L}; no casualties were reported.",
        "Air strike kills {N} {L}",
        "Drone strike {L} {W_day} kills {N}",
        "{F} pounded {B} hideouts {L} {W_day}, the military said.",
        "The army said {F} had destroyed {B} camps {L} in a series of strikes.",
        "{D} an unidentified drone targeted a military base {L}.",
        "{D} {F} struck residential buildings {L}.",
        "{D} {N} drones attacked the city {L}; air defence shot down some of them while others hit buildings.",
    ),
    "Suicide bomb": (
        "{D} a suicide bomber blew himself up {L}, killing {N} people.",
        "{D} a suicide bomber detonated an explosive vest at a checkpoint {L}.",
        "{D} a suicide car bomb targeted a military base {L}.",
        "{D} a suicide attacker rammed an explosives-laden vehicle into a police station {L}.",
        "{D} {B} claimed a suicide bombing at a mosque {L} that killed {N}.",
        "{D} a female suicide bomber detonated her explosives in a market {L}.",
        "Suicide bombing {L} kills {N}",
        "{D} two suicide bombers attacked a crowded area {L}.",
        "{D} {B} carried out a suicide attack on {S} {L}.",
        "{D} a suicide bomber on a motorcycle struck a convoy {L}.",
    ),
    "Shelling/artillery/missile attack": (
        "{D} ceasefire monitors recorded a total of {N0} explosions from unidentified weapons {L}.",
        "{D} monitors heard {N0} undetermined explosions {L}.",
        "{D} {B} fired an RPG at a {S_adj} checkpoint {L}.",
        "{D} {B} fired rocket-propelled grenades at a military post {L}.",
        "{D} {S} shelled {T} {L2}.",
        "{D} {B} shelled {S} positions {L}.",
        "{D} {S} fired {W} at {B} positions {L}.",
        "{D} {B} fired {W} at {S} positions {L}.",
        "{D} {B} fired {W} at the positions of {S} {L}.",
        "{D} {N} mortar rounds landed {L}, damaging houses.",
        "{D} {S} targeted {T} with {W}.",
        "{D} artillery shelling by {S} hit {T} {L2}, killing {N} civilians.",
        "{D} rockets fired by {B} landed in a residential area {L}.",
        "{D} a missile strike hit {T} {L2}.",
        "{D} {B} launched {N} rockets at {T}.",
        "{D} indiscriminate shelling hit {T} {L2}.",
        "{D} ceasefire monitors recorded {N0} explosions {L}.",
        "{D} international monitors observed {N0} explosions of undetermined origin {L}.",
        "{D} monitors recorded {N0} undetermined explosions and projectiles {L}.",
        "{D} heavy artillery fire by an unknown party was reported {L}.",
        "{D} {S} bombarded {B} positions {L} with {W}.",
        "{D} {B} targeted {T} with {W}, damaging several houses.",
        "{D} a ballistic missile struck {T} {L2}.",
        "{D} {B} fired mortar shells at a village {L}, injuring {N}.",
        "{D} shells fired by {B} fell on {T}.",
        "Rocket attack on {T} kills {N}",
        "Shelling of {T} {W_day} wounds {N}",
        "{T} came under artillery fire {W_day}, local officials said.",
        "{B} fired several rockets at {T} {W_day}, the army said.",
        "{D} {S} fired {W} and tanks at {B} positions {L}.",
        "{D} mortar fire by {S} hit farmland {L}.",
        "{D} a rocket hit a residential building {L}, wounding {N} people.",
        "{D} {B} fired anti-tank missiles at a military vehicle {L}.",
        "{D} cross-border shelling hit {T} {L2}.",
    ),
    "Remote explosive/landmine/IED": (
        "{D} {X} exploded {L}, killing {N} people.",
        "{D} {X} planted by {B} detonated {L}, wounding a soldier.",
        "{D} a military vehicle struck {X} {L}, killing {N} soldiers.",
        "{D} {X} attached to a car exploded {L}, killing the driver.",
        "{D} a civilian stepped on a landmine {L} and was killed.",
        "{D} {B} detonated {X} targeting a police patrol {L}.",
        "{D} {X} went off in a market {L}, injuring {N} people.",
        "{D} a car bomb exploded near a government building {L}.",
        "{D} a bus hit a landmine {L}; {N} passengers were killed.",
        "{D} a child was killed when unexploded ordnance went off {L}.",
        "{D} an explosion caused by {X} hit a {S_adj} convoy {L}.",
        "{D} {N} soldiers were killed in an IED attack {L}.",
        "{D} {B} claimed an IED attack that killed {N} troops {L}.",
        "{D} {X} targeting {C} exploded {L}.",
        "{D} a bomb hidden in a motorcycle exploded {L}.",
        "Roadside bomb kills {N} {L}",
        "Car bomb blast {L} {W_day}",
        "{N} killed as landmine explodes {L}",
        "{D} a bomb exploded at a bus station {L}, police said.",
        "{D} an explosive device detonated as a police vehicle passed {L}.",
        "{D} a farmer's tractor drove over an anti-tank mine {L}.",
        "{D} an explosion of unknown origin damaged a bank {L}.",
    ),
    "Grenade": (
        "{D} {B} threw a grenade at a police post {L}.",
        "{D} unidentified assailants lobbed a hand grenade into a bar {L}, injuring {N} people.",
        "{D} a grenade was thrown at a house {L}.",
        "{D} {B} hurled a grenade at {S} {L}, wounding {N}.",
        "{D} a grenade attack on a market {L} injured {N} civilians.",
        "{D} a man threw a hand grenade into a crowd {L}.",
        "{D} a grenade exploded in a shop {L} after being thrown by men on a motorbike.",
        "Grenade attack {L} wounds {N}",
        "{D} militants lobbed a grenade at a security camp {L}.",
        "{D} a grenade was hurled at the residence of a local official {L}.",
    ),
    "Sexual violence": (
        "{D} {A_armed} raped {G_women} {L}.",
        "{D} {G_women} was raped by {A_armed} {L}.",
        "{D} {G_women} were raped by {A_armed} {L}.",
        "{D} {A_armed} sexually assaulted {G_women} {L}.",
        "{D} {A_armed} abducted and raped {G_women} {L}.",
        "{D} a soldier raped {G_women} {L}.",
        "{D} {G_women} was gang-raped by armed men {L}.",
        "{D} {A_armed} committed acts of sexual violence against women {L}.",
        "{D} a police officer sexually abused {G_women} in custody {L}.",
        "{D} {A_armed} raped {G_women} on her way to the fields {L}.",
    ),
    "Attack": (
        "{D} communal militias attacked several villages {L}, killing {N} residents.",
        "{D} {G} attacked the villages of {T} and its surroundings, killing {N}.",
        "{D} {B} shot and killed a civilian {L} using small arms fire.",
        "{D} soldiers opened fire on a civilian who tried to avoid a checkpoint {L}.",
        "{D} {A_armed} ambushed and killed {C} {L}.",
        "{D} {S} fired live bullets at {C} {L}, injuring them.",
        "{D} {S} opened fire on a civilian vehicle {L}, wounding the driver.",
        "{D} {H} assaulted {C} {L} for not wearing a face mask.",
        "{D} {H} beat {C} {L} while enforcing the lockdown.",
        "{D} {H} killed {C} during a raid {L}; the family said he was unarmed.",
        "{D} {A_armed} attacked {N} men {L}; both victims died.",
        "{D} armed men who arrived in two vehicles attacked {C} {L}.",
        "{D} {A_armed} killed {C} in revenge for an earlier attack {L}.",
        "{D} prison guards killed {N} inmates who were trying to escape {L}.",
        "{D} {C} was beaten by {A_armed} {L}.",
        "{D} {A_armed} attacked a Roma settlement {L}, beating residents.",
        "{D} a member of {B} shot {C} {L}.",
        "{D} {A_armed} fired at a passenger bus {L}.",
        "{D} {A_armed} shot dead {C} {L}.",
        "{D} {A_armed} killed {C} {L}.",
        "{D} {C} was shot dead by {A_armed} {L}.",
        "{D} {C} was shot and killed by unidentified gunmen {L}.",
        "{D} {A_armed} attacked {T} village, killing {N} civilians.",
        "{D} {A_armed} attacked a village {L}, killing {N} residents and burning houses.",
        "{D} {A_armed} opened fire on a vehicle {L}, killing {N} passengers.",
        "{D} {A_armed} stormed a village {L} and killed {N} people.",
        "{D} armed men on a motorcycle shot {C} {L}.",
        "{D} {C} was killed in a drive-by shooting {L}.",
        "{D} {N} people were shot dead in a bar {L} by armed men.",
        "{D} the body of {C} was found with gunshot wounds {L}.",
        "{D} the bodies of {N} men were found with signs of torture {L}.",
        "{D} {C} was stabbed to death {L}.",
        "{D} {A_armed} beheaded {C} {L}.",
        "{D} {A_armed} executed {N} civilians {L}.",
        "{D} {A_armed} hacked {C} to death with machetes {L}.",
        "{D} {A_armed} assassinated {C} {L}.",
        "{D} {C} was killed by armed men who broke into his house {L}.",
        "{D} {H} shot and killed {C} {L}.",
        "{D} {H} beat and injured {C} {L} for violating curfew.",
        "{D} {H} killed a suspect during an anti-drug operation {L}.",
        "{D} {S} shot {C} at a checkpoint {L}.",
        "{D} {S} opened fire on {C} near the border {L}, injuring him.",
        "{D} {A_armed} attacked {C} {L}, injuring them.",
        "{D} {A_armed} massacred {N} villagers {L}.",
        "{D} {A_armed} set fire to a house with a family inside {L}, killing {N}.",
        "{D} gunmen attacked travellers on the road {L}, killing {N}.",
        "{D} {A_armed} killed {N} farmers working in their fields {L}.",
        "{D} {A_armed} tortured {C} {L}.",
        "{D} {C} was killed {L}; the attackers fled.",
        "{D} {A_armed} attacked a mosque {L} during prayers, killing {N} worshippers.",
        "{D} {A_armed} attacked a church {L}, killing {N} worshippers.",
        "{D} {A_armed} killed {N} miners {L}.",
        "{D} {A_armed} attacked a displacement camp {L}, killing {N} people.",
        "Gunmen kill {N} villagers {L}",
        "{N} civilians massacred {L} {W_day}",
        "{C} shot dead {L}",
        "Police said {C} had been shot dead {L} {W_day} by men on a motorcycle.",
        "Residents said {A_armed} went from house to house {L}, killing {N} people.",
        "{D} {A_armed} attacked the home of {C} {L} with gunfire; nobody was hurt.",
        "{D} {N} men were killed by gunmen who burst into a family gathering {L}.",
        "{D} a hitman killed {C} {L}.",
        "{D} {C} was kidnapped and later found dead {L}.",
    ),
    "Abduction/forced disappearance": (
        "{D} {A_armed} abducted {C} {L}.",
        "{D} {A_armed} kidnapped {N} civilians {L}.",
        "{D} {C} was abducted by {A_armed} {L}.",
        "{D} {C} was kidnapped by unknown gunmen {L}.",
        "{D} {A_armed} kidnapped {N} passengers from a bus {L}.",
        "{D} {A_armed} abducted {N} students from a school {L}.",
        "{D} {A_armed} took {N} people hostage {L}.",
        "{D} {S} detained {C} {L}, whose whereabouts remain unknown.",
        "{D} {C} went missing after being taken by {A_armed} {L}.",
        "{D} {A_armed} abducted {N} farmers and demanded ransom {L}.",
        "{D} {A_armed} raided {T} and abducted {N} villagers.",
        "{D} {C} was forcibly disappeared {L} after being arrested by men in civilian clothes.",
        "{D} {A_armed} kidnapped {C} for ransom {L}.",
        "Gunmen kidnap {N} {L}",
        "{N} abducted {L} {W_day}",
        "Relatives said {C} was taken from his home {L} {W_day} by armed men.",
        "{D} {A_armed} abducted {N} aid workers {L}.",
        "{D} {A_armed} seized {N} truck drivers {L} and took them to an unknown location.",
    ),
    "Peaceful protest": (
        "{D} {P} performed a pot-banging protest {L} {I}.",
        "{D} {P} protested {L} against the release of prisoners.",
        "{D} {P} protested {L} against the arrest of their colleague and demanded his release.",
        "{D} {P} demonstrated {L} against the killing of a young man by police.",
        "{D} {P} protested {L} to demand more security after a series of attacks by armed groups.",
        "{D} {P} held a protest {L} against the police's failure to arrest the killers of a local trader.",
        "{D} {P} blocked the road {L} and prevented vehicles from passing {I}.",
        "{D} {P} held a protest {L} against the setting up of a quarantine centre in their area.",
        "{D} {P} booed the prime minister during an official ceremony {L}.",
        "{D} {P} demonstrated {L} to demand the right to work during the lockdown.",
        "{D} {P} protested {L} {I}. It was the second day of protests.",
        "{D} {P} staged a protest {L} {I}. Police were present but did not intervene.",
        "{D} {P} held a protest {L} over the detention of {C} by security forces.",
        "{D} {P} held a sit-in {L} to demand an investigation into the abduction of a student.",
        "{D} {P} protested {L} against attacks on journalists.",
        "{D} {P} gathered {L} to demand the return of displaced families to their villages.",
        "{D} {P} demonstrated {L} against the deployment of troops in the area.",
        "{D} {P} held a protest {L} against military operations in the region.",
        "{D} {P} protested {L} {I}.",
        "{D} {P} held a protest {L} {I}.",
        "{D} {P} staged a demonstration {L} {I}.",
        "{D} {P} demonstrated {L} {I}.",
        "{D} {P} gathered {L} {I}.",
        "{D} {P} held a sit-in {L} {I}.",
        "{D} {P} rallied {L} {I}.",
        "{D} {P} marched {L} {I}.",
        "{D} {P} staged a strike {L} {I}.",
        "{D} {P} went on strike {L} {I}.",
        "{D} {P} held a peaceful rally {L} {I}.",
        "{D} {P} blocked a road {L} {I}.",
        "{D} {P} gathered in front of the governor's office {L} {I}.",
        "{D} {P} organised a motorcade {L} {I}.",
        "{D} {P} held a vigil {L} {I}.",
        "{D} {P} held a hunger strike {L} {I}.",
        "{D} {P} demonstrated outside the parliament {L} {I}.",
        "{D} {P} took to the streets {L} {I}.",
        "{D} {P} protested peacefully {L} {I}.",
        "{D} {P} held a banging-pots protest {L} {I}.",
        "{D} {P} held a demonstration {L} {I}, observing social distancing measures.",
        "{D} {P} gathered in front of the city hall {L} {I}.",
        "{D} {P} marched to the ministry {L} {I}.",
        "{D} {P} protested outside a police station {L} {I}.",
        "{D} {P} picketed the offices of a company {L} {I}.",
        "{D} {P} boycotted classes {L} {I}.",
        "{D} a protest was held {L} {I}.",
        "{D} {P} held a rally organised by {Q} {L} {I}.",
        "{D} a demonstration took place {L} {I}.",
        "{D} {P} protested {I} {L}.",
        "Hundreds protest {L} {I}",
        "Protesters rally {L} {I}",
        "{P} staged a protest {L} {W_day} {I}, organisers said.",
        "Thousands of people marched {L} {W_day} {I}.",
        "{D} {P} held a symbolic protest {L} {I}.",
        "{D} {P} carried banners and chanted slogans {L} {I}.",
        "{D} {P} held an online and street protest {L} {I}.",
        "{D} {P} occupied a government building peacefully {L} {I}.",
        "{D} {P} staged a protest march from the university to the governorate {L} {I}.",
    ),
    "Protest with intervention": (
        "{D} {P} demonstrated {L} {I}. Police intervened to disperse the demonstration.",
        "{D} {P} held a protest {L} {I}. Police dispersed them and detained {N} protesters.",
        "{D} {H} dispersed {P} who had blocked a road {L} {I}.",
        "{D} {P} protested {L} {I}. {H} dispersed the protesters.",
        "{D} {H} dispersed a protest by {P} {L} {I}.",
        "{D} {H} used tear gas to disperse {P} who were protesting {L} {I}.",
        "{D} {H} fired tear gas and rubber bullets at {P} demonstrating {L} {I}.",
        "{D} {P} demonstrated {L} {I}; {H} arrested {N} protesters.",
        "{D} {H} arrested {N} {P} who were protesting {L} {I}.",
        "{D} {H} broke up a sit-in by {P} {L} {I}.",
        "{D} {H} used water cannon to disperse a rally {L} {I}.",
        "{D} {P} held a protest {L} {I}. Police intervened and detained several demonstrators.",
        "{D} {H} prevented {P} from marching {L} {I}.",
        "{D} {H} beat protesters with batons to break up a demonstration {L} {I}.",
        "{D} {P} blocked a road {L} {I} until {H} removed them by force.",
        "Police disperse protest {L}",
        "Police fired tear gas {W_day} to break up a rally {L} {I}.",
        "{D} {H} forcibly dispersed {P} gathered {L} {I}, detaining {N}.",
        "{D} a protest {L} {I} was dispersed by {H}.",
        "{D} {H} detained {N} activists during a protest {L} {I}.",
    ),
    "Excessive force against protesters": (
        "{D} {H} opened fire on {P} protesting {L} {I}, killing {N}.",
        "{D} {H} shot dead {N} protesters during a demonstration {L} {I}.",
        "{D} {S} fired live ammunition at demonstrators {L}, killing {N}.",
        "{D} a protester was shot dead by {H} during a peaceful demonstration {L} {I}.",
        "{D} {H} killed {N} peaceful protesters {L}.",
        "{D} {H} used live fire against a peaceful march {L}, killing {N}.",
        "Security forces kill {N} protesters {L}",
        "{D} {N} demonstrators were killed when {H} opened fire on a peaceful rally {L} {I}.",
        "{D} {H} ran over and killed a protester during a sit-in {L} {I}.",
    ),
    "Violent demonstration": (
        "{D} {P} demonstrated {L} {I} and attacked the officials enforcing the order.",
        "{D} {P} broke into a hospital {L} {I} and attacked staff.",
        "{D} {P} lit tyres and blocked the road {L} {I}.",
        "{D} a demonstration took place {L} {I}. Rioters blocked the road and set tyres on fire.",
        "{D} {P} stormed the governor's office compound {L} {I}.",
        "{D} {P} pelted stones at police who tried to disperse them {L} {I}.",
        "{D} {P} demonstrated by throwing stones {L} {I}.",
        "{D} {P} burned tyres and blocked roads {L} {I}.",
        "{D} {P} pelted stones at police {L} {I}.",
        "{D} {P} clashed with police {L} {I}.",
        "{D} rioters set fire to a police station {L} {I}.",
        "{D} {P} stormed the municipal building {L} {I} and vandalised offices.",
        "{D} {P} threw stones and petrol bombs at {H} {L} {I}.",
        "{D} {P} blocked the highway with burning tyres {L} {I}.",
        "{D} {P} erected burning barricades {L} {I}.",
        "{D} {P} ransacked the offices of the electricity company {L} {I}.",
        "{D} rioters demonstrating {I} blocked the main road {L} with burning tyres.",
        "{D} a protest {L} {I} turned violent when demonstrators attacked police with rocks.",
        "{D} {P} torched vehicles and attacked shops {L} {I}.",
        "{D} {P} set fire to the house of a local official {L} {I}.",
        "{D} prisoners rioted {L} {I}, setting mattresses on fire.",
        "{D} {P} damaged public property {L} {I}.",
        "{D} {P} threw stones at passing vehicles {L} {I}.",
        "{D} {P} attacked a police vehicle {L} {I}; police fired tear gas in response.",
        "{D} supporters of {Q} clashed with police {L} {I}, injuring {N} officers.",
        "{D} {P} vandalised bank branches {L} {I}.",
        "Protesters torch police post {L}",
        "Riots {L} {W_day} {I}",
        "Angry protesters hurled rocks at police {L} {W_day} {I}.",
        "{D} {P} burned the office of {Q} {L} {I}.",
        "{D} {P} forced shops to close and smashed windows {L} {I}.",
    ),
    "Mob violence": (
        "{D} residents pelted stones at police {L} after officers told them to stay at home.",
        "{D} a mob attacked police personnel {L} who were enforcing the lockdown, injuring {N} officers.",
        "{D} villagers clashed with police {L} after the arrest of a local man.",
        "{D} locals attacked health workers and police {L}, opposing the burial of a patient.",
        "{D} a group of residents attacked police officers {L} after two children were killed.",
        "{D} market vendors clashed with municipal officers {L} who were removing their stalls.",
        "{D} employees of the local council attacked {C} {L}.",
        "{D} a group of men attacked {C} {L} over a posting on social media.",
        "{D} inmates attacked guards {L}.",
        "{D} a crowd beat a police officer {L}.",
        "{D} a group of residents attacked a family {L}, accusing them of spreading the virus.",
        "{D} a mob lynched a suspected thief {L}.",
        "{D} a mob beat {C} to death {L} over suspicion of theft.",
        "{D} residents beat a man suspected of kidnapping a child {L}.",
        "{D} a crowd attacked {C} accused of witchcraft {L}.",
        "{D} villagers lynched {N} suspected cattle thieves {L}.",
        "{D} {G} clashed {L} over a land dispute, injuring {N}.",
        "{D} members of two communities clashed with sticks and machetes {L}.",
        "{D} supporters of {Q} and {Q2} clashed {L}, injuring {N} people.",
        "{D} a group of youths attacked a man {L} and set his motorcycle on fire.",
        "{D} an angry mob attacked health workers {L}.",
        "{D} a mob burned a suspected robber alive {L}.",
        "{D} residents attacked police officers who tried to arrest a suspect {L}.",
        "{D} villagers attacked {C} over a dispute about water {L}.",
        "{D} vigilantes beat {C} {L}.",
        "{D} a group of men attacked a family {L} over a property dispute.",
        "{D} two groups clashed {L} after an argument; {N} people were injured.",
        "{D} a mob torched the house of a man accused of murder {L}.",
        "{D} students from two schools fought with stones {L}.",
        "{D} a mob attacked a mosque {L}.",
        "{D} football fans fought each other {L}, leaving {N} injured.",
        "Mob lynches suspected thief {L}",
        "{N} hurt as rival groups clash {L}",
        "{D} residents stoned {C} accused of theft {L}.",
        "{D} {G} attacked each other {L} with knives and sticks.",
        "{D} a crowd set upon {N} men suspected of stealing a motorbike {L}.",
    ),
    "Agreement": (
        "{D} {S} and {B} signed a ceasefire agreement {L}.",
        "{D} {S} and {B} agreed on a prisoner exchange {L}.",
        "{D} {B} and {B2} reached a truce {L} mediated by elders.",
        "{D} a peace agreement was signed between {G} {L}.",
        "{D} {S} and {B} exchanged {N} prisoners {L}.",
        "{D} the warring parties agreed to a local ceasefire {L}.",
        "{D} {B} signed a deal with the government to lay down arms {L}.",
        "{D} community leaders brokered a reconciliation deal between {G} {L}.",
        "Ceasefire agreed {L}",
        "{D} {S} and {B} concluded an agreement to reopen the road {L}.",
    ),
    "Arrests": (
        "{D} {H} arrested {C} {L}.",
        "{D} {H} arrested {N} members of {Q} {L}.",
        "{D} {H} arrested an opposition leader {L}.",
        "{D} {H} detained a journalist {L} over his reporting.",
        "{D} {H} arrested {N} people {L} accused of links to {B}.",
        "{D} {H} arrested {N} suspected {B_members} {L}.",
        "{D} {H} detained {N} activists {L}.",
        "{D} {H} arrested a local official {L} on corruption charges.",
        "{D} {H} raided the offices of {Q} {L} and arrested {N} people.",
        "{D} {S} arrested {N} men {L} during house searches.",
        "{D} {H} arrested {N} people {L} for violating the curfew.",
        "{D} {H} arrested a former minister {L}.",
        "Police arrest {N} {L}",
        "{H} said they had arrested {N} suspects {L} {W_day}.",
        "{D} {H} detained a human rights lawyer {L}.",
        "{D} {H} arrested {N} people {L} for posts on social media criticising the government.",
    ),
    "Change to group/activity": (
        "{D} the governor banned all marches, protests and sit-ins {L} for fifteen days.",
        "{D} the authorities made face masks mandatory in public places {L}.",
        "{D} the authorities halted all entries to and departures from {T}.",
        "{D} the government began enforcing a weekend curfew {L}.",
        "{D} the authorities declared a state of emergency {L}.",
        "{D} {B} delivered food parcels to families {L}.",
        "{D} {B} announced it would take up arms {L}.",
        "{D} {S} deployed reinforcements to {T} {L2}.",
        "{D} {S} sent military reinforcements {L}.",
        "{D} reinforcements of {B} arrived {L}.",
        "{D} {S} and {S2} conducted a joint patrol {L}.",
        "{D} {S} imposed a curfew {L}.",
        "{D} {H} imposed a lockdown {L}.",
        "{D} {B} announced the formation of a new armed group {L}.",
        "{D} {B} and {B2} announced a merger {L}.",
        "{D} {S} deployed troops and armoured vehicles {L}.",
        "{D} {S} set up a security cordon {L}.",
        "{D} {S} conducted a military exercise {L}.",
        "{D} {B} paraded its fighters {L}.",
        "{D} {B} recruited dozens of new fighters {L}.",
        "{D} a military convoy of {S} moved {L}.",
        "{D} {S} closed the border crossing {L}.",
        "{D} {B} distributed food to residents {L}.",
        "{D} {B} appointed a new commander {L}.",
        "{D} a faction of {B} defected to {S} {L}.",
        "{D} {N} fighters of {B} surrendered to {S} {L}.",
        "{D} {S} launched a search operation {L}; no clashes were reported.",
        "{D} {S} carried out a security sweep {L}.",
        "{D} {B} burned seized drugs {L}.",
        "{D} {S} redeployed units to {T}.",
        "{D} {B} threatened residents {L} and ordered them to stay indoors.",
        "{D} {B} posted a video threatening rival groups {L}.",
        "Troops deployed to {T} {W_day}",
        "{S} sent reinforcements to {T} {W_day}, officials said.",
        "{D} {H} set up checkpoints across the city {L}.",
        "{D} {B} imposed a blockade on {T}.",
    ),
    "Disrupted weapons use": (
        "{D} {S} defused {X} {L}.",
        "{D} {H} defused a bomb planted {L}.",
        "{D} {S} seized a weapons cache {L}.",
        "{D} {H} seized weapons and ammunition {L}.",
        "{D} air defences intercepted a missile over {T}.",
        "{D} {S} shot down a drone {L}.",
        "{D} {S} intercepted {N} drones {L}.",
        "{D} bomb disposal experts carried out a controlled explosion of {X} {L}.",
        "{D} {S} foiled a bomb attack {L}.",
        "{D} {S} found and destroyed {X} {L}.",
        "{D} {S} cleared {N} landmines {L}.",
        "{D} {H} found explosives hidden in a vehicle {L}.",
        "{D} {S} dismantled an explosives workshop {L}.",
        "{D} {S} seized a truck loaded with weapons {L}.",
        "Army defuses bomb {L}",
        "{D} a suicide bomber was shot before he could detonate his vest {L}.",
        "{D} {H} seized {N} rifles and grenades {L}.",
        "{D} {S} discovered a tunnel filled with explosives {L}.",
        "{D} air defence systems destroyed {N} rockets fired at {T}.",
    ),
    "Headquarters or base established": (
        "{D} {S} set up a military base {L}.",
        "{D} {B} established a new headquarters {L}.",
        "{D} {B} turned a school {L} into a military barracks.",
        "{D} {S} established a new outpost {L}.",
        "{D} {B} set up a checkpoint {L}.",
        "{D} {S} built a new military position {L}.",
        "{D} {B} established a training camp {L}.",
        "{D} {S} opened a new base near {T}.",
    ),
    "Looting/property destruction": (
        "{D} {A_armed} looted shops {L}.",
        "{D} {A_armed} burned houses {L}.",
        "{D} {A_armed} burned down {N} houses {L}.",
        "{D} {A_armed} torched a school {L}.",
        "{D} {A_armed} stole livestock {L}.",
        "{D} {A_armed} stole {N} cows from herders {L}.",
        "{D} {A_armed} looted a health centre {L}.",
        "{D} unknown arsonists set fire to a telecommunications mast {L}.",
        "{D} an arson attack damaged a factory {L}.",
        "{D} {A_armed} destroyed crops {L}.",
        "{D} {A_armed} demolished {N} homes {L}.",
        "{D} {S} demolished a house belonging to a family {L}.",
        "{D} settlers cut down olive trees {L}.",
        "{D} {A_armed} vandalised a church {L}.",
        "{D} {A_armed} confiscated the land of residents {L}.",
        "{D} {A_armed} seized houses belonging to displaced families {L}.",
        "{D} {A_armed} looted humanitarian supplies {L}.",
        "{D} {A_armed} raided a village {L} and carried off goods and food.",
        "{D} {A_armed} robbed traders {L}.",
        "{D} {A_armed} forcibly evicted residents from their homes {L}.",
        "{D} {H} seized {N} tons of drugs {L}.",
        "{D} unidentified people set fire to the campaign office of {Q} {L}.",
        "Houses torched {L}",
        "{D} {A_armed} burned vehicles and a warehouse {L}.",
        "{D} {A_armed} attacked a mine {L} and looted its equipment.",
        "{D} {A_armed} vandalised electoral materials {L}.",
        "{D} {N} houses were burned {L} by {A_armed}.",
    ),
    "Non-violent transfer of territory": (
        "{D} {B} withdrew from {T} {L2} without a fight.",
        "{D} {S} handed over positions {L} to {B}.",
        "{D} {B} took control of {T} after {S} withdrew.",
        "{D} {S} pulled out of {T}, and {B} moved in without resistance.",
        "{D} {B} entered {T} unopposed.",
        "{D} {B} raised its flag over {T} after government forces left.",
        "{D} {S} withdrew from their base {L}.",
        "{D} {S} took over {T} after a negotiated departure of {B}.",
    ),
    "Other": (
        "{D} {N} families fled {T} {L2} fearing attacks.",
        "{D} {N} refugees returned {L}.",
        "{D} about {N} people were displaced {L} after threats by armed men.",
        "{D} {S} released {N} prisoners {L}.",
        "{D} {B} released {N} hostages {L}.",
        "{D} {H} fired shots in the air {L}.",
        "{D} {B} blocked a military convoy from entering {T}.",
        "{D} the authorities suspended internet access {L}.",
        "{D} the government banned a newspaper {L}.",
        "{D} {N} bodies were exhumed from a mass grave {L}.",
        "{D} villagers evacuated {T} after a warning of an imminent offensive.",
        "{D} {S} handed over the bodies of {N} fighters {L}.",
        "{D} a military court sentenced {N} people to death {L}.",
        "{D} the government ordered a broadcaster off the air {L}.",
    ),
}

# Incident-database register ("MM/DD/YYYY: Assailants ..."): the same framing and closing sentences for every
# type, so that only the act itself tells the types apart.
SUMMARY_LEADS: dict[str, tuple[str, ...]] = {
    "Shelling/artillery/missile attack": (
        "Assailants fired a mortar at {target}",
        "Assailants fired rockets at {target}",
        "Assailants fired a projectile that struck {target}",
        "Assailants launched mortar rounds at {target}",
    ),
    "Remote explosive/landmine/IED": (
        "An explosive device detonated near {target}",
        "Assailants detonated an improvised explosive device targeting {target}",
        "A landmine exploded near {target}",
        "Assailants detonated a vehicle-borne explosive device at {target}",
        "A roadside bomb struck {target}",
    ),
    "Suicide bomb": (
        "A suicide bomber detonated an explosives-laden vest at {target}",
        "A suicide bomber drove an explosives-laden vehicle into {target}",
    ),
    "Grenade": ("Assailants threw a grenade at {target}", "Assailants hurled a hand grenade into {target}"),
    "Attack": (
        "Assailants opened fire on {victims}",
        "Assailants shot and killed {victims}",
        "Assailants stabbed {victims}",
        "Assailants attacked {victims} with firearms",
        "Assailants beheaded {victims}",
    ),
    "Armed clash": (
        "Assailants attacked a police checkpoint",
        "Assailants opened fire on soldiers",
        "Assailants attacked a military post; the ensuing clash lasted for hours",
        "Assailants ambushed a police patrol",
    ),
    "Abduction/forced disappearance": (
        "Assailants abducted {victims}",
        "Assailants kidnapped {victims}",
        "Assailants stopped a vehicle and abducted {victims}",
    ),
    "Looting/property destruction": (
        "Assailants set fire to {building}",
        "Assailants threw Molotov cocktails at {building}",
        "Assailants burned {building}",
        "Assailants destroyed {building}",
    ),
    "Disrupted weapons use": (
        "Security forces defused an explosive device planted near {target}",
        "Assailants attempted to detonate an explosive device at {target}, but it was defused",
    ),
    "Sexual violence": ("Assailants raped {women}",),
}
_SUMMARY_TARGETS = (
    "a military checkpoint",
    "a police station",
    "a civilian residence",
    "a market",
    "a school",
    "a government building",
    "a civilian vehicle",
    "a wedding party",
    "a mosque",
    "a district headquarters",
    "a security forces convoy",
    "a bus station",
)
_SUMMARY_BUILDINGS = (
    "a school",
    "a telecommunications tower",
    "a radio station",
    "the residence of a local chief",
    "a health clinic",
    "a polling station",
    "a bank",
    "the office of a political party",
    "a church",
    "a construction company's vehicles",
)
_SUMMARY_CLOSINGS = (
    "No group claimed responsibility for the incident.",
    "No group claimed responsibility; however, sources attributed the attack to {B}.",
    "{B} claimed responsibility for the incident.",
    "There were no reported casualties in the attack.",
    "{n} people were killed and {m} were injured in the attack.",
    "At least {n} people were injured in the incident.",
)


# Sentences that report no event: background, analysis, statements, announcements, non-conflict news.
NONE_SENTENCES: tuple[str, ...] = (
    "The conflict has displaced more than a million people since it began.",
    "The United Nations called on all parties to respect international humanitarian law.",
    "Analysts say the armed groups exploit the weak presence of the state in rural areas.",
    "The region has been affected by insecurity for years.",
    "The government has promised to restore security in the region.",
    "Elections are scheduled for next year.",
    "The minister said the investigation was ongoing.",
    "It was not possible to verify the claims independently.",
    "The report could not be independently confirmed.",
    "The group has been active in the area since 2015.",
    "The prime minister met the ambassador to discuss economic cooperation.",
    "The president will travel to the summit next week.",
    "Food prices have doubled since the start of the year.",
    "The central bank raised interest rates to curb inflation.",
    "Heavy rains have damaged crops in several provinces.",
    "Floods displaced thousands of families in the north of the country.",
    "The World Food Programme said it needed more funding to continue its operations.",
    "Humanitarian agencies warned of a worsening food crisis.",
    "The national team won the match two goals to one.",
    "The ministry of health reported new cases of cholera.",
    "The number of coronavirus cases continued to rise.",
    "Schools will reopen next month, the education ministry announced.",
    "The opposition leader said the government had failed to protect citizens.",
    "The spokesman denied the reports.",
    "The army said the situation was under control.",
    "The governor urged residents to remain calm.",
    "Talks between the two sides are expected to resume next week.",
    "The parliament approved the new budget.",
    "The company said it would invest in a new factory.",
    "A court adjourned the trial of the former minister until next month.",
    "The embassy advised its citizens to avoid travel to the region.",
    "Aid convoys reached the city for the first time in months.",
    "The peace process has stalled since last year.",
    "Rights groups have documented abuses by all sides.",
    "The government blamed the opposition for the unrest.",
    "Officials said more details would be released later.",
    "The road is the main supply route to the capital.",
    "Most residents depend on farming and livestock.",
    "The area is controlled by the armed group.",
    "The town lies about 40 kilometres north of the provincial capital.",
    "The attack was the deadliest in the region this year.",
    "The security situation remains volatile.",
    "The election commission announced the final results.",
    "The ceasefire has largely held since it was agreed.",
    "Local media reported the story on Monday.",
    "The army has been fighting the insurgency for more than a decade.",
    "Prices of fuel rose again this week.",
    "The currency lost half of its value against the dollar.",
    "The president appointed a new finance minister.",
    "The health ministry launched a vaccination campaign.",
    "Drought has killed much of the livestock in the area.",
    "Thousands of migrants try to cross the border every month.",
    "The decision was welcomed by the international community.",
    "The foreign minister condemned the violence.",
    "The UN envoy briefed the Security Council.",
    "The report said the number of attacks had increased compared with last year.",
    "Residents said they feared more violence.",
    "Investigators are looking into the cause of the incident.",
    "The statement did not say who was responsible.",
    "The group did not immediately comment.",
    "No group has claimed responsibility so far.",
    "Local authorities declined to comment.",
    "The hospital is the only one serving the district.",
    "The victims' families called for justice.",
    "Negotiations on the new constitution are continuing.",
    "The exhibition opened at the national museum.",
    "The government says it will hold a national dialogue.",
    "The country is preparing for the rainy season.",
    "The mining company reported record profits.",
    "The minister of interior visited the province.",
    "The military said it had reinforced security around the capital in recent months.",
    "Insecurity has forced hundreds of schools to close across the country.",
    "The United States imposed new sanctions on several officials.",
    "The European Union announced new humanitarian funding.",
    "The prime minister vowed to defeat terrorism.",
    "The rebels have accused the army of violating the truce.",
    "The government accused the rebels of using civilians as human shields.",
    "The talks ended without an agreement.",
    "A new bridge was inaugurated in the provincial capital.",
    "Unemployment among young people remains high.",
    "The price of bread has risen by a third.",
    "The opposition boycotted the parliamentary session.",
    "The court will announce its verdict next month.",
    "The refugee camp hosts more than 30,000 people.",
    "The source said the information had not been confirmed.",
    "The official spoke on condition of anonymity.",
    "Fatalities coded as 0 due to lack of information.",
    "This is the second such incident this month.",
    "The motive for the incident is not known.",
    "The police have opened an investigation.",
    "The festival attracted thousands of visitors.",
    "The government said it was committed to dialogue.",
    "The army chief visited troops on the front line.",
    "The cabinet discussed the security situation at its weekly meeting.",
    "The governor announced the distribution of food aid to poor families.",
    "Traders said business had slowed because of the insecurity.",
    "The region's economy relies on oil exports.",
    "The leader of the group is believed to be hiding in the mountains.",
    "Critics say the law restricts freedom of expression.",
    "The minister resigned after the scandal.",
    "The airport reopened after renovation works.",
    "The army has denied any involvement.",
    "The militants have not commented on the accusations.",
    "The elders appealed for calm between the communities.",
    "Observers say tensions are rising ahead of the vote.",
    "The president called for national unity in a televised speech.",
    "The group's spokesman said the movement would continue its struggle.",
    "The ministry said the figures would be updated.",
    "Humanitarian access to the region remains limited.",
    "The death toll from the earthquake rose to 40.",
    "A fire at a market destroyed dozens of stalls; the cause was an electrical fault.",
    "A bus accident on the highway killed 12 passengers.",
    "A building collapsed after heavy rains, killing three people.",
    "The river burst its banks, flooding several villages.",
    "A landslide blocked the main road for two days.",
    "The army announced that it would recruit 5,000 new soldiers next year.",
    "The government plans to build new schools in the region.",
    "A conference on regional security was held in the capital.",
    "The football federation suspended the league.",
    "The minister inaugurated a new water treatment plant.",
    "Negotiators said progress had been made.",
    "The journalist's book describes the war years.",
    "The survey found that most citizens distrust the police.",
    "The pandemic has hit the tourism sector hard.",
    "The teachers' union said it would consider strike action if talks fail.",
    "Opposition parties are expected to announce their candidates next week.",
    "The ambassador presented his credentials to the president.",
    "Inflation reached its highest level in a decade.",
    "The government extended the state of emergency for another three months, as it has done every quarter since 2017.",
)

NONE_PATTERNS: tuple[str, ...] = (
    "{S} have fought {B} in {Y} for years.",
    "{B} has carried out many attacks in {Y} in recent years.",
    "The {J} government said it would hold talks with {B}.",
    "{Q} won most seats in the last election in {Y}.",
    "{T} is one of the largest towns in {Y}.",
    "The {J} authorities said the investigation into last month's events was continuing.",
    "The {J} president met the leaders of {Q} {W_day}.",
    "{B} has been designated a terrorist organisation by several governments.",
    "Residents of {T} said life had returned to normal.",
    "The {J} economy shrank by 3 percent last year.",
    "{S} said they remain on high alert around {T}.",
    "Markets in {T} reopened {W_day}.",
    "A spokesman for {B} denied the group had any role.",
    "The {J} parliament will debate the bill {W_day}.",
    "Officials in {T} said a vaccination campaign would start next week.",
    "The leader of {Q} called for calm in a speech in {T}.",
    "A delegation from {Y} visited the capital to discuss trade.",
    "Aid agencies said thousands of people in {T} needed food assistance.",
    "{J} media reported that the governor had resigned.",
    "The trial of {N} men accused of last year's violence in {T} opened {W_day}.",
)

# Short sentences that may follow an event (no event of their own).
FOLLOW_UPS: tuple[str, ...] = (
    "The motive is unknown.",
    "The attackers fled the scene.",
    "An investigation has been opened.",
    "No group claimed responsibility.",
    "The area had been calm for weeks.",
    "Police arrived later.",
    "The reasons for the incident are unclear.",
    "Local sources reported the incident.",
    "Residents fled to nearby villages.",
    "The identity of the perpetrators is unknown.",
)


# ----------------------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Example:
    """One labelled text; ``label`` is an ACLED sub-event type or ``"none"``."""

    text: str
    label: str
    country: str
    source: str = "synthetic_extra"


# Sampling weights: the common ACLED types more often (clashes, attacks, shelling, protests), every type at
# least 2% of the corpus; "none" sentences about a tenth.
LABEL_WEIGHTS: dict[str, int] = {
    "Armed clash": 10,
    "Government regains territory": 2,
    "Non-state actor overtakes territory": 2,
    "Chemical weapon": 2,
    "Air/drone strike": 6,
    "Suicide bomb": 2,
    "Shelling/artillery/missile attack": 8,
    "Remote explosive/landmine/IED": 5,
    "Grenade": 3,
    "Sexual violence": 3,
    "Attack": 11,
    "Abduction/forced disappearance": 4,
    "Peaceful protest": 12,
    "Protest with intervention": 5,
    "Excessive force against protesters": 2,
    "Violent demonstration": 6,
    "Mob violence": 5,
    "Agreement": 2,
    "Arrests": 4,
    "Change to group/activity": 5,
    "Disrupted weapons use": 3,
    "Headquarters or base established": 2,
    "Looting/property destruction": 5,
    "Non-violent transfer of territory": 2,
    "Other": 3,
    NONE: 10,
}
_PROTEST_LABELS = {
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    "Violent demonstration",
    "Mob violence",
}
_VIOLENT_LABELS = {
    "Armed clash",
    "Attack",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
    "Suicide bomb",
    "Government regains territory",
    "Non-state actor overtakes territory",
}


def generate_examples(n: int, *, seed: int = 0) -> Iterator[Example]:
    """``n`` labelled examples; the same ``n`` and ``seed`` always give the same examples."""
    rng = random.Random(seed)
    labels = tuple(LABEL_WEIGHTS)
    weights = tuple(LABEL_WEIGHTS.values())
    for _ in range(n):
        label = rng.choices(labels, weights=weights)[0]
        country = rng.choice(COUNTRIES)
        text = _none_text(rng, country) if label == NONE else _event_text(rng, country, label)
        yield Example(text=text, label=label, country=country.name)


def _event_text(rng: random.Random, country: Country, label: str) -> str:
    if label in SUMMARY_LEADS and rng.random() < 0.12:
        return _summary_text(rng, country, label)
    template = rng.choice(TEMPLATES[label])
    text = _render(rng, country, template)
    if label in _PROTEST_LABELS and rng.random() < 0.3:
        text += " " + rng.choice(SIZES)
    elif label in _VIOLENT_LABELS and rng.random() < 0.3:
        text += " " + _aftermath(rng)
    elif rng.random() < 0.12:
        text += " " + rng.choice(FOLLOW_UPS)
    return text


def _summary_text(rng: random.Random, country: Country, label: str) -> str:
    town, _admin2, admin1 = rng.choice(country.places)
    lead = rng.choice(SUMMARY_LEADS[label]).format(
        target=rng.choice(_SUMMARY_TARGETS),
        building=rng.choice(_SUMMARY_BUILDINGS),
        victims=rng.choice(CIVILIANS),
        women=rng.choice(GIRLS_WOMEN),
    )
    closing = rng.choice(_SUMMARY_CLOSINGS).format(
        B=rng.choice(country.rebels), n=rng.randint(1, 9), m=rng.randint(1, 20)
    )
    day = f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(2012, 2024)}"
    return f"{day}: {lead} in {town}, {admin1}, {country.name}. {closing}"


def _aftermath(rng: random.Random) -> str:
    pool = AFTERMATH_DEAD if rng.random() < 0.6 else AFTERMATH_NONE
    return rng.choice(pool).format(n=rng.randint(1, 12), m=rng.randint(1, 20))


def _none_text(rng: random.Random, country: Country) -> str:
    if rng.random() < 0.35:
        return _render(rng, country, rng.choice(NONE_PATTERNS))
    text = rng.choice(NONE_SENTENCES)
    if rng.random() < 0.25:
        text += " " + rng.choice(NONE_SENTENCES)
    return text


_SLOT = re.compile(r"\{(\w+)\}")


def _render(rng: random.Random, country: Country, template: str) -> str:
    place = rng.choice(country.places)
    fillers = _fillers(rng, country, place)
    text = _SLOT.sub(lambda m: fillers[m.group(1)](), template)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;])", r"\1", text)
    return text[0].upper() + text[1:]


def _fillers(rng: random.Random, c: Country, place: tuple[str, str, str]) -> dict[str, Callable[[], str]]:
    town, admin2, admin1 = place
    armed_actor = lambda: rng.choice((*c.rebels, *c.rebels, *_UNIDENTIFIED))  # noqa: E731
    return {
        "D": lambda: _date_phrase(rng),
        "L": lambda: _location_phrase(rng, town, admin2, admin1),
        "L2": lambda: rng.choice((f"in {admin1}", f"({admin2}, {admin1})", f"in {admin2} district", "")),
        "T": lambda: town,
        "S": lambda: rng.choice(c.military),
        "S2": lambda: rng.choice(c.military),
        "S_adj": lambda: c.adjective,
        "H": lambda: rng.choice((*c.police, *c.police, "security forces")),
        "B": lambda: rng.choice(c.rebels),
        "B2": lambda: rng.choice(c.rebels),
        "B_member": lambda: "commander of " + rng.choice(c.rebels),
        "B_fighter": lambda: rng.choice(("fighter", "member", "commander")) + " of " + rng.choice(c.rebels),
        "B_members": lambda: rng.choice(
            (
                "militants",
                "fighters",
                "members of " + rng.choice(c.rebels),
                "gang members",
                "rebels",
                "insurgents",
            )
        ),
        "A_armed": armed_actor,
        "C": lambda: rng.choice(CIVILIANS),
        "G_women": lambda: rng.choice(GIRLS_WOMEN),
        "G": lambda: rng.choice(c.communities),
        "N": lambda: _number(rng),
        "N0": lambda: str(rng.choice((3, 7, 12, 25, 40, 68, 110, 230, 15, 5))),
        "M": lambda: _number(rng),
        "P": lambda: rng.choice(PROTESTERS).replace("{party}", rng.choice(c.parties or ("the opposition",))),
        "I": lambda: rng.choice(ISSUES) if rng.random() < 0.9 else "",
        "Q": lambda: rng.choice(c.parties or ("the ruling party",)),
        "Q2": lambda: rng.choice(c.parties or ("the opposition",)),
        "W": lambda: rng.choice(WEAPON_SHELL),
        "X": lambda: rng.choice(DEVICES),
        "F": lambda: rng.choice(c.air or ("military aircraft",)),
        "Y": lambda: c.name,
        "J": lambda: c.adjective,
        "W_day": lambda: rng.choice(
            (
                "on " + rng.choice(_WEEKDAYS),
                "on " + rng.choice(_WEEKDAYS) + " night",
                "late on " + rng.choice(_WEEKDAYS),
                "",
            )
        ),
        "clash": lambda: rng.choice(CLASH_VERBS),
    }


_UNIDENTIFIED = (
    "unidentified gunmen",
    "unknown armed men",
    "gunmen",
    "armed men",
    "men on motorcycles",
    "an unidentified armed group",
    "masked men",
    "assailants",
    "suspected militants",
    "a group of armed men",
    "unknown attackers",
    "hitmen",
)


def _date_phrase(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.choice(_MONTHS), rng.randint(2015, 2025)
    options = (
        f"On {day} {month} {year},",
        f"On {day} {month} {year},",
        f"On {day} {month} {year},",
        f"Around {day} {month} {year} (as reported),",
        f"As reported on {day} {month} {year},",
        f"On the night of {day} {month} {year},",
        f"Between {day} and {day + 2} {month} {year},",
        f"On {month} {day},",
        f"On {rng.choice(_WEEKDAYS)},",
        f"Late on {rng.choice(_WEEKDAYS)},",
        f"Early on {rng.choice(_WEEKDAYS)},",
        "Yesterday,",
        "",
    )
    return rng.choice(options)


def _location_phrase(rng: random.Random, town: str, admin2: str, admin1: str) -> str:
    options = (
        f"in {town} ({admin2}, {admin1})",
        f"in {town} ({admin2}, {admin1})",
        f"in {town}, {admin1}",
        f"near {town} ({admin1})",
        f"in {town} village ({admin2}, {admin1})",
        f"in the outskirts of {town}",
        f"in {admin2} district, {admin1}",
        f"in {town} town in {admin1} countryside",
        f"in {town}",
        f"near {town}",
        f"in the {rng.choice(('north', 'south', 'east', 'west'))} of {town}",
        f"in {town} city ({admin1})",
        f"in a village near {town}",
        f"on the road between {town} and {admin1}",
        f"in the area of {town}, {admin1}",
        f"in {admin1} province",
        f"in {town}'s central market",
    )
    return rng.choice(options)


def _number(rng: random.Random) -> str:
    value = rng.choice((1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 30))
    if value == 1:
        return "one"
    if rng.random() < 0.5 and value <= 12:
        return _NUMBER_WORDS[value - 2]
    return str(value)
