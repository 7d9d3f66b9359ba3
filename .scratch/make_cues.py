import json, sys
exec(open('/tmp/cues_en.py').read()); exec(open('/tmp/cues_ja.py').read())
rubric=json.load(open('/work/wt/matcher/Tests/QuizKitTests/Fixtures/answers/rubric-2026-12-07.json'))
out={}
for q in rubric:
    for lang,src in (('en',EN),('ja',JA)):
        cues=src.get(q,[])
        assert len(cues)==len(rubric[q][lang]), (q,lang,len(cues),len(rubric[q][lang]))
        out.setdefault(q,{})[lang]=cues
json.dump(out,open('/work/wt/matcher/Tests/QuizKitTests/Fixtures/answers/cues-2026-12-07.json','w'),ensure_ascii=False,indent=1)
print("written")
