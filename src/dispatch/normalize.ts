/**
 * Text as people paste it → text the grammar reads. Full-width forms become ASCII (NFKC), chat
 * punctuation (non-breaking spaces, smart quotes, the bot's own `×` and `·`) becomes plain, a
 * mention or prompt in front is dropped, Chinese multipliers (萬/億/兆) become numbers and Chinese
 * unit and filler words become their English forms, so one reader serves both languages.
 */

import { TRAINING_LINEUP } from "../core/gpus.ts";
import { GPUS_PER_NODE } from "../core/training.ts";

/** 萬 10⁴, 億 10⁸, 兆 10¹² (the Taiwanese usage: 兆 is a trillion, 15兆 tokens = 15T). */
const CHINESE_MULTIPLIERS: Record<string, string> = { 萬: "e4", 万: "e4", 億: "e8", 亿: "e8", 兆: "e12" };

/** Chinese words → the English words the reader knows; filler becomes a space. Longest first (張卡 before 張). */
const CHINESE_WORDS: [string, string][] = [
  // "How many days/hours/…" asks for the time (如 "要幾天"): the unit is no value of its own.
  ["多少天", " "],
  ["幾天", " "],
  ["幾小時", " "],
  ["幾個小時", " "],
  ["幾週", " "],
  ["幾周", " "],
  ["幾個星期", " "],
  ["幾個月", " "],
  ["幾年", " "],
  // The answer's language asked (用中文回答, 用英文): as `lang=`.
  ["用繁體中文回答", " lang=繁體中文 "],
  ["用繁體中文", " lang=繁體中文 "],
  ["用中文回答", " lang=中文 "],
  ["用中文", " lang=中文 "],
  ["用英文回答", " lang=英文 "],
  ["用英文", " lang=英文 "],
  // Which runs the bot knows (有哪些模型, 你知道哪些模型, 列出所有模型): `model`'s list (choose.ts).
  ["哪些模型", " which models "],
  ["哪些訓練", " which runs "],
  ["列出所有模型", " list models "],
  ["列出模型", " list models "],
  // A comparison, a budget, "the largest model", "within 30 days" (比較 gpt-3 和 chinchilla, 30 天內完成).
  ["比較", " compare "],
  ["預算", " budget "],
  // 預算下 (under a budget): the budget, its 下 no word of its own (下 alone is no value either).
  ["預算下", " budget "],
  // 最佳 is "optimal": Chinchilla 最佳 is the rule, not the Chinchilla run (reader.ts skips both).
  ["最佳", " optimal "],
  ["最大", " biggest "],
  // A budget or a past run said as a sentence (我有 100 萬美元…能訓練多大的模型, llama 2 70b 用了多少 GPU 小時).
  ["我們有", " "],
  ["我有", " "],
  ["有", " "],
  ["我們", " "],
  ["我", " "],
  ["能", " "],
  ["了", " "],
  ["做", " "],
  // 訓練天數 (the number of days) asks for the time, as 多久 does.
  ["天數", " how long "],
  // token 數, GPU 數: "the number of" (參數 and 天數 are longer words, read first).
  ["數", " "],
  ["大小", " "],
  ["多大", " "],
  ["內完成", " "],
  ["完成", " "],
  ["內", " "],
  ["是多少", " "],
  ["是", " "],
  // "How many cards" is asked as in English (choose.ts notes the count beside compute's answer).
  ["需要幾張卡", " how many GPU "],
  ["多少張卡", " how many GPU "],
  ["幾張卡", " how many GPU "],
  ["幾張", " how many GPU "],
  ["多少張", " how many GPU "],
  ["多少顯示卡", " how many GPU "],
  ["多少顯卡", " how many GPU "],
  // 要幾台 DGX H100 (how many DGX machines): the count asked, as `how many DGX H100` is (the DGX is
  // read as its node of 8 GPUs); 台 alone only counts machines after a number.
  ["幾台", " how many "],
  ["多少台", " how many "],
  ["需要", " "],
  // A follow-up's "switch to": 換成 A100, 改成 fp8, 改用 H200.
  ["換成", " "],
  ["改成", " "],
  ["改用", " "],
  ["換", " "],
  // "How long" is a question of time, as in English (choose.ts reads a second question beside it).
  ["多久", " how long "],
  // 要多快 (how fast) of a plan asks its time, as 多久 does (快 alone compares GPUs, below).
  ["多快", " how long "],
  // "How much do they differ" (bf16 和 fp8 差多少): the comparison is asked, no value.
  ["差多少", " "],
  // GPUs side by side: B200 比 H100 快多少 (how much faster), H100 跟 H200 差在哪 (where they differ).
  ["快多少", " faster "],
  // Which is faster (H100 跟 A100 哪個最快, 哪個比較快): GPUs compared, their catalog lines (meeting.ts).
  ["比較快", " faster "],
  ["最快", " fastest "],
  ["較快", " faster "],
  ["更快", " faster "],
  ["快", " faster "],
  ["差在哪裡", " "],
  ["差在哪", " "],
  ["比", " vs "],
  // 對比, 比起, 相比 (versus, compared with) are 比 said in full; 比例 (a ratio) is no comparison and
  // stays one word (it was split to `vs 例`, its refusal blaming 比 alone).
  ["對比", " vs "],
  // 對於 70B (for 70B), 對 H100 來說 (as for the H100): the words around what they point at.
  ["對於", " "],
  ["來說", " "],
  ["比起", " vs "],
  ["相比", " vs "],
  ["比例", " ratio "],
  // 各要多久 (how long on each): the answer gives each GPU its column.
  ["各", " "],
  ["差別", " "],
  ["差異", " "],
  ["多少", " "],
  ["請問", " "],
  // 能不能跑, 可不可以, 夠不夠, 夠嗎 (can it, is it enough): asking words, as 可以 and 嗎 are.
  ["能不能", " "],
  ["可不可以", " "],
  // 夠 (enough): serving when GPUs are named and nothing of training is said (reader.ts), else nothing.
  ["夠不夠", " enough "],
  ["夠", " enough "],
  // 應該訓練多少 token (how many tokens should it be trained on): asking words, no value.
  ["應該", " "],
  // 根據 Chinchilla 法則 (according to Chinchilla's rule): a lead-in, no value.
  ["根據", " "],
  // 才符合 chinchilla (to meet Chinchilla's rule): an asking word, as 應該 is.
  ["符合", " "],
  // 要幾張 H100 才能在 90 天內完成 (only then), 6ND 是什麼 (what is), 為什麼 (why): asking words.
  ["才能", " "],
  ["才", " "],
  ["是什麼", " "],
  ["什麼", " "],
  // 為什麼 (why) asks for the reasoning: the explanation, as 解釋 does (為什麼 DeepSeek V3 的 MFU 超過 100%).
  ["為什麼", " explain "],
  // 超過 (exceeds), 會 (would), 達到 (reaches), 還 (still): asking words, no value (MFU 會超過 100%).
  ["超過", " "],
  // 有沒有到四成, 有到四成嗎 (does it reach 40%): asking whether, no value; 到 (reach) after 有 only.
  ["有沒有到", " "],
  ["有沒有", " "],
  ["有到", " "],
  ["會", " "],
  ["達到", " "],
  ["效果", " "],
  ["還", " "],
  // 還有進步空間 (room to improve, GPT-3 on 300B tokens): whether it is undertrained, as `undertrained` asks.
  ["進步空間", " undertrained "],
  // 列出所有 GPU (list all GPUs): the catalog, as `gpus` alone is.
  ["列出", " "],
  ["所有", " "],
  // Chinchilla 法則 (Chinchilla's law) is the rule the chinchilla command applies.
  ["法則", " "],
  // int4 量化 (quantised to int4): the precision says it.
  ["量化", " "],
  // 一台 DGX H100, 兩台機器: 台 counts machines (its number is read before it).
  ["台", " "],
  // 幫我算 70B 15T (work it out for me), 解釋一下 (explain, a little): asking words, no value.
  ["幫我算", " "],
  ["幫我", " "],
  ["幫忙", " "],
  ["計算", " "],
  ["算", " "],
  ["一下", " "],
  // Prices in another currency are refused as such (reader.ts), never read as dollars; 人民幣's 人
  // is no count of users.
  ["人民幣", " cny "],
  ["新台幣", " twd "],
  ["台幣", " twd "],
  ["歐元", " eur "],
  ["日圓", " jpy "],
  ["日幣", " jpy "],
  ["日元", " jpy "],
  ["英鎊", " gbp "],
  ["一個", " "],
  // 真的只用了 (did it really use only), 為什麼這麼低 (why so low), 把…縮短到 (bring … down to): doubt,
  // degree and the object marker 把, no value in any (really, only and just are filler in English too).
  ["真的", " really "],
  ["只", " only "],
  ["這麼低", " "],
  ["這麼高", " "],
  ["這麼", " "],
  ["把", " "],
  // 縮短到 30 天 (cut down to 30 days): the days are the deadline, as 30 天內 is.
  ["縮短到", " "],
  ["縮短", " "],
  // 一台 8 卡 H100 的機器 (a machine of 8 H100s): the count is read before (NODES_OF_CARDS); the word is no value.
  ["機器", " "],
  ["伺服器", " "],
  ["主機", " "],
  // 訓練一次要多少錢 (what does one training run cost): one run is the question's, no count of its own.
  ["一次", " "],
  ["模型", " "],
  ["時間", " "],
  ["大約", " "],
  ["大概", " "],
  ["總共", " "],
  ["可以", " "],
  // 以 fp4 訓練 (train in fp4), 以 bf16 部署: "by means of", as 用 is.
  ["以", " "],
  // 算力, 計算量 (compute): the FLOPs asked, as `chinchilla flops` is (Chinchilla 用了多少算力).
  ["算力", " flops "],
  ["計算量", " flops "],
  ["的", " "],
  ["在", " "],
  ["用", " "],
  ["要", " "],
  // "跑 30 天" (run for 30 days), "每張每小時 2 美元" (2 dollars per card per hour), "花多少錢" (what does it cost).
  // 跑 is "run": a serving question with nothing of training said (H100 跑 70B), filler otherwise (reader.ts).
  ["跑", " running "],
  ["每張卡", " "],
  // 每百萬 token 成本 (cost per million tokens): serve's cost per 1M tokens, read in englishForms.
  ["每百萬", " per million "],
  // kv cache 每個 token (per token): `per`, read with its noun in englishForms.
  ["每個", " per "],
  ["每張", " "],
  ["每卡", " "],
  ["花", " "],
  ["錢", " "],
  // 成本 (the cost): asked as `cost` is, a word the answer's cost row gives.
  ["成本", " cost "],
  ["嗎", " "],
  ["呢", " "],
  // Sentence-final particles of Taiwanese chat (要多久啊, 夠嗎ㄇ → 夠ㄇ, 可以吧, 多少錢喔): no value in
  // any of them; ㄇ and ㄚ are 嗎 and 啊 typed in Bopomofo. 阿 for 啊 only ends a run (chineseWords):
  // 阿里 is a name.
  ["啊", " "],
  ["呀", " "],
  ["吧", " "],
  ["喔", " "],
  ["哦", " "],
  ["啦", " "],
  ["耶", " "],
  ["欸", " "],
  ["ㄇ", " "],
  ["ㄚ", " "],
  // 總成本, 總計, 總參數 (the total): `total`, filler in English too.
  ["總計", " total "],
  ["總", " total "],
  // 和, 跟 (and, with): `and`, filler in English too, but between two GPUs it sets them side by side.
  ["和", " and "],
  ["跟", " and "],
  ["上", " "],
  ["個", " "],
  ["幾", " "],
  // 啟用參數, 激活參數 (active, activated parameters): a MoE's count per token, as `active params`.
  ["啟用參數", " active params "],
  // 混合專家 (a mixture of experts), as `moe`.
  ["混合專家", " moe "],
  ["激活參數", " active params "],
  ["啟用", " active "],
  ["激活", " active "],
  ["個參數", " params "],
  ["參數量", " params "],
  ["參數", " params "],
  ["小時", " hours "],
  ["分鐘", " minutes "],
  ["星期", " weeks "],
  ["禮拜", " weeks "],
  ["節點", " nodes "],
  // Layers (32 層): params reads `32 layers`, cards and compute their layers=.
  ["層", " layers "],
  // A transformer's shape (隱藏維度 4096, 詞表 50257, 32 個注意力頭): its hidden=, vocab= and heads=,
  // as `hidden 4096` and `vocab 50257` are read (隱藏層維度 is one word, never its 層 as layers).
  ["隱藏層維度", " hidden "],
  ["隱藏維度", " hidden "],
  ["詞彙表", " vocab "],
  ["詞表", " vocab "],
  ["注意力頭", " heads "],
  ["張卡", " gpus "],
  // 8 卡 H100, 8卡A100: 卡 (card) counts GPUs as 張 does.
  ["卡", " gpus "],
  ["顆", " gpus "],
  ["張", " gpus "],
  ["片", " gpus "],
  ["天", " days "],
  ["週", " weeks "],
  ["周", " weeks "],
  ["個月", " months "],
  ["月", " months "],
  ["年", " years "],
  // 碳足跡, 碳排放, 耗電量, 能耗 (carbon footprint, emissions, energy): the energy and emissions rows
  // asked, as `carbon footprint` and `energy` are.
  ["碳足跡", " carbon "],
  ["碳排放量", " emissions "],
  ["碳排放", " emissions "],
  ["碳排", " emissions "],
  ["耗電量", " energy "],
  ["耗電", " energy "],
  // 要多少電, 用電量 (how much electricity): the energy row, as 耗電 is (電腦 is longer, read first).
  ["用電量", " energy "],
  ["用電", " energy "],
  ["電力", " energy "],
  ["電", " energy "],
  ["用電量", " energy "],
  ["能耗", " energy "],
  // 過度訓練, 訓練過度, 訓練不足 (over-, under-trained): tokens per parameter judged, as `overtrained` is.
  ["過度訓練", " overtrained "],
  ["訓練過度", " overtrained "],
  ["訓練不足", " undertrained "],
  // 訓練完 (trained to the end, 三個月內訓練完): training, its 完 no word of its own.
  ["訓練完", " train "],
  ["訓練", " train "],
  // 權重 (weights): the weights' memory asked (405B 的權重有多大), which cards answers.
  ["權重", " weights "],
  // 能處理多少 token (how many tokens can it process): tokens through training, as 訓練 is.
  ["處理", " process "],
  ["微調", " finetune "],
  // Full fine-tuning said outright (全參數微調, 全量微調): fine-tuning without LoRA, cards' mode=full.
  ["全參數微調", " finetune "],
  ["全參微調", " finetune "],
  ["全量微調", " finetune "],
  // 全參數訓練, 全量訓練 (training every parameter): training, as 訓練 is (全 is no count).
  ["全參數訓練", " train "],
  ["全參訓練", " train "],
  ["全量訓練", " train "],
  ["推論", " infer "],
  ["推理", " infer "],
  ["部署", " serve "],
  // 服務 100 個使用者 (serve 100 users), 提供服務: serving, as 部署 is.
  ["服務", " serve "],
  ["每小時", "/h "],
  ["美元", " usd "],
  // 多少美元, 多少美金 (how many dollars; 美金 is 美元 by now): the cost asked, as 多少錢 is.
  ["多少美元", " cost "],
  // 給我看 (show me), 看一下 (have a look): asking words (只給我看, private, is longer and read first).
  ["給我看", " "],
  ["看", " "],
  // 記憶體明細 (the memory breakdown), as the answers' own 下一步 line says it: the breakdown is the answer.
  ["明細", " "],
  ["詞元", " tokens "],
  // 最佳資料量, 數據量 (the amount of data): the tokens, asked or given; no label, since it stands
  // before its value (`70B 資料量 2T`), where `tokens` would label the size before it.
  ["資料量", " "],
  ["數據量", " "],
  // 資料 2 兆 token (the data: 2T tokens): the word before the value, as 資料量 is.
  ["資料", " "],
  // 問一下, 私下問 (asking, asking privately): an asking word, as 請問 is (私下 is then the flag alone).
  ["問一下", " "],
  ["問題", " "],
  ["問", " "],
  // int4 量化後 (after quantising to int4): the precision says it, as 量化 alone does.
  ["量化後", " "],
  // Conversations: a follow-up's filler (那 2T token 呢, 同樣的但用 fp8, 如果用 1024 張呢, 用 B200 的話, 換 H200 試試).
  ["那麼", " "],
  ["那", " "],
  ["如果", " "],
  ["的話", " "],
  ["同樣的", " "],
  ["同樣", " "],
  ["一樣", " "],
  ["但是", " "],
  ["但", " "],
  ["試試看", " "],
  ["試試", " "],
  ["看看", " "],
  // Meeting one-liners: 合理嗎 asks for the verdict (the MFU note gives it); 哪個比較有效率 compares.
  // 只給我看, 只有我看得到 (for my eyes only): the reply seen by the asker alone (flags.ts), as `private`.
  ["只給我看", " private "],
  ["只有我看得到", " private "],
  ["合理", " realistic "],
  // 利用率, 算力利用率 (utilisation): the MFU, as `mfu` is (利用率 45%, DeepSeek-V3 的利用率合理嗎).
  ["模型算力利用率", " mfu "],
  ["算力利用率", " mfu "],
  ["利用率", " mfu "],
  // 可能嗎, 可行嗎, 做得到嗎 (is it possible, feasible, doable): the same verdict asked, as `possible?` is.
  ["可能", " possible "],
  ["可行", " feasible "],
  ["做得到", " doable "],
  ["辦得到", " doable "],
  ["哪個比較有效率", " compare "],
  ["哪一個比較有效率", " compare "],
  ["哪個比較好", " compare "],
  ["哪個", " "],
  ["有效率", " "],
  ["顯示卡", " gpus "],
  ["顯卡", " gpus "],
  ["VRAM", " vram "],
  // A memory question (需要多少記憶體, 顯存): cards answers it (memory is one of its names).
  // The context length (32k 上下文, 上下文長度 32k), before 上 alone, which is filler.
  ["上下文長度", " context "],
  // 序列長度 (sequence length) is the context, as `seq len` is.
  ["序列長度", " context "],
  ["上下文", " context "],
  // Users served at once (1000 個使用者, 500 位用戶, 1000 人同時使用): serve's batch (reader.ts).
  // 聊天 is chatting, never 聊 then 天 (days); 同時 (at once) after the count of people. 人 after a
  // count is its users (PEOPLE_COUNTED); anywhere else (有人知道, 一個人, 個人電腦, 別人) it is filler.
  ["一個人", " "],
  ["人工智慧", " "],
  ["想知道", " "],
  ["人", " "],
  ["知道", " "],
  // A personal computer, a computer (個人電腦 4090): the GPU named says which.
  ["個人電腦", " "],
  ["電腦", " "],
  ["同時使用", " concurrently "],
  ["同時在線", " online "],
  ["同時", " concurrently "],
  // 使用 is "use" (1000 人 同時 使用 70B): filler, as 用 is (使用者 is longer, read first).
  ["使用", " "],
  ["聊天", " chatting "],
  ["給", " "],
  ["位使用者", " users "],
  ["位用戶", " users "],
  ["使用者", " users "],
  ["用戶", " users "],
  // Whether it fits (放得下, 塞得下, 裝得下, 跑得動): the memory question, as `fit` is.
  ["放得下", " fit "],
  ["塞得下", " fit "],
  ["裝得下", " fit "],
  ["跑得動", " fit "],
  ["放得進", " fit "],
  ["塞得進", " fit "],
  ["裝得進", " fit "],
  // Time to first token (首字延遲, 首 token 延遲 is two runs): TTFT.
  ["首字延遲", " ttft "],
  // 延遲 (latency) alone: serving's per-token and per-request time, as `latency` is.
  ["延遲", " latency "],
  // Throughput (batch 32 的吞吐量): serve's question, as the English word is.
  ["吞吐量", " throughput "],
  ["記憶體", " memory "],
  // The KV cache (KV 快取, KV 緩存): what serving holds, as `kv cache` is (reader.ts).
  ["快取", " cache "],
  ["緩存", " cache "],
  ["顯存", " memory "],
  ["內存", " memory "],
  // One card (單張 H100, 單卡訓練): a count of 1, as 一張 is.
  ["單張卡", " 1 gpus "],
  ["單張", " 1 gpus "],
  ["單卡", " 1 gpus "],
];

const BY_LENGTH = [...CHINESE_WORDS].sort((a, b) => b[0].length - a[0].length);
const SUPERSCRIPT_DIGITS: Record<string, string> = {
  "⁻": "-",
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
};

/**
 * `an hour` is a price's per-hour only after an amount or a currency word (`$2 an hour`, not `for an
 * hour` nor `H100 an hour`, whose digits are a GPU's name). The look behind is made only where `an `
 * was just read, so it never rescans a long run of digits from every place in it.
 */
const PER_HOUR =
  /(?<!\s)\s*(?:\/|\bper\s+|\ban\s+(?<=(?:(?<![a-z\d.])\$?\d+(?:\.\d+)?|usd|dollars?)\s*an\s+))(?:gpu\s*[-/]?\s*)?(?:h|hr|hrs|hour)\b/gi;
const PER_NAMED_GPU_HOUR = /(\$\d+(?:\.\d+)?)\s+per\s+([a-z]+\d+[a-z\d]*)[\s-]+(?:h|hr|hrs|hours?)\b/gi;
const PRICE_PER_ANY_GPU = /(\$\d+(?:\.\d+)?\/h)\s+per\s+(?:gpu|card|chip|accelerator|device)s?\b/gi;
const PRICE_PER_GPU = /(\$\d+(?:\.\d+)?\/h)\s+per\s+(?=\S)/gi;
/**
 * A price per node, server or DGX, as typed (an hour's, never one GPU-hour's: `$2/gpu/hr per node`
 * stays per GPU): `$16/hr per node`, `$16 an hour per node`, `$16/hr/node`, `$16/node/hr`,
 * `$16 per node-hour`, `$16 per node per hour`: marked `$16/h/node`.
 */
const NODE_UNIT = String.raw`(?:nodes?|servers?|machines?|hosts?|instances?|dgx(?:es)?)`;
const HOUR_UNIT = String.raw`(?:h|hrs?|hours?)`;
const PER = String.raw`(?:\s*\/\s*|\s+per\s+)`;
const PRICE_PER_NODE = new RegExp(
  String.raw`(\$\d+(?:\.\d+)?)(?:(?:${PER}|\s+an?\s+)${HOUR_UNIT}${PER}${NODE_UNIT}|${PER}${NODE_UNIT}(?:\s*[-/]\s*|\s+per\s+|\s+)${HOUR_UNIT})(?![\w-])`,
  "gi",
);
const MAY_BE_NODE = /node|server|machine|host|instance|dgx/i;
/** `/gpu/day`, `/gpu/d`, `/gpu-day`. */
const PER_GPU_DAY = /\/gpu ?[-/] ?(?:d|day)\b/gi;
const MAY_BE_GPU_DAY = /gpu/i;
/** What every PER_HOUR match holds (most lines have none, and the full pattern costs more to run). */
const MAY_BE_PRICE = /\/|\b(?:per|an)\s/i;

/** `/h/gpu`: per hour, per GPU (every price is per GPU). */
const PER_HOUR_PER_GPU = /\/h\s*\/\s*gpu\b/gi;
const MAY_BE_USD = /usd|dollar/i;
/** `2.5 usd/h`, `2.5 dollars/h` (the per-hour already made `/h` above). */
const USD_PER_HOUR = /(?<![\w.$])(\d+(?:\.\d+)?)\s*(?:usd|dollars?)\s*\/h\b/gi;
const MAY_BE_MULTIPLIER_WORD = /thousand|million|billion|trillion/i;
const UNIT_WORDS = "one two three four five six seven eight nine".split(" ");
const TEEN_WORDS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
  " ",
);
const TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
/** Each number word's value: `one` 1 … `nineteen` 19, `twenty` 20 … `ninety` 90, and `a`/`an` 1. */
const NUMBER_WORD_VALUES = new Map<string, number>([
  ["a", 1],
  ["an", 1],
  ...UNIT_WORDS.map((word, i): [string, number] => [word, i + 1]),
  ...TEEN_WORDS.map((word, i): [string, number] => [word, i + 10]),
  ...TENS_WORDS.map((word, i): [string, number] => [word, (i + 2) * 10]),
]);
const BELOW_HUNDRED = `(?:(?:${TENS_WORDS.join("|")})(?:[\\s-]+(?:${UNIT_WORDS.join("|")}))?|${TEEN_WORDS.join("|")}|${UNIT_WORDS.join("|")})`;
/**
 * A count in words before a multiplier word (`seventy billion`, `two trillion`, `a hundred thousand`,
 * `twenty-five million`), up to 999: `a` alone counts one only right before it (`a trillion`).
 */
const SPELLED_BEFORE_MULTIPLIER = new RegExp(
  `\\b((?:(?:a|${UNIT_WORDS.join("|")})\\s+hundred(?:\\s+(?:and\\s+)?${BELOW_HUNDRED})?)|${BELOW_HUNDRED}|an?)\\s+(thousand|million|billion|trillion)\\b`,
  "gi",
);
/** The count as digits: a thousand as the whole number (`10000 H100s`), a larger multiplier kept (`70 billion`). */
const spelledCount = (_: string, count: string, multiplier: string) => {
  let n = 0;
  for (const word of count.toLowerCase().split(/[\s-]+/)) {
    if (word === "hundred") n = (n || 1) * 100;
    else n += NUMBER_WORD_VALUES.get(word) ?? 0;
  }
  return multiplier.toLowerCase() === "thousand" ? String(n * 1000) : `${n} ${multiplier}`;
};
const MAY_BE_APPROXIMATE = /[~≈]/;
/** `3.14 x 10^23`, `3.14*10^23`, `3.14 × 10^23`. */
const TIMES_TEN_TO = /(\d+(?:\.\d+)?)\s*[x×*]\s*10\s*\^\s*([+-]?\d+)\b/gi;
/** `10^24` alone (no factor before it). */
const TEN_TO = /(?<![\d.^])10\s*\^\s*([+-]?\d+)\b/g;
/**
 * A deadline said as a bound before a duration (`within 3 months`, `in under 90 days`, `in less than
 * a month`, `in at most 2 weeks`): `in`, the plan that finishes by then (a deadline is one already).
 */
const WITHIN_DURATION =
  /\b(?:within|in\s+(?:under|less\s+than|at\s+most|no\s+more\s+than)|under|less\s+than|at\s+most|no\s+more\s+than)\s+(?=(?:\d[\d.,]*\s*|an?\s+)(?:days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|hours?|hrs?|h)\b)/gi;
const MAY_BE_WITHIN = /within|under|less than|at most|more than/i;
/**
 * 最多 30 天, 不超過三個月, 少於 6 週: a bound before a duration in Chinese, as `within` is (a bound
 * on anything else, 最多 512 張 H100, stays unread).
 */
const WITHIN_DURATION_ZH =
  /(?:最多|至多|頂多|不超過|不到|少於|低於)\s*(?=(?:\d[\d.,]*|[一二兩三四五六七八九十半]+)\s*(?:個\s*)?(?:天|週|周|星期|禮拜|月|年|小時))/g;
const MAY_BE_WITHIN_ZH = /最多|至多|頂多|不超過|不到|少於|低於/;
const APPROXIMATE = /(^|\s)[~≈]\s*(?=[$\d.])/g;
const MAY_BE_MIXED = /mixed/i;
const MIXED_PRECISION = /\bmixed[- ]precision\b/gi;
const MAY_COMPARE = /compar/i;
/** `compare(d) to/with/against` after another word (a line starting `compare` names the command). */
const COMPARED_TO = /(?<=\S\s+)compared?\s+(?:to|with|against)\b/gi;
const MAY_NAME_LANG = /\bin\s+(?:traditional\s+)?(?:chinese|english|zh[-_]tw)\b/i;
/**
 * The answer's language asked in words (`in chinese`, `reply in traditional chinese`, `answer in
 * english`) or by its tag (`in zh-TW`, the tag `lang=` takes); a colon after it ends that clause.
 */
const IN_LANGUAGE =
  /\b(?:(?:answer|reply|respond)(?:\s+it)?\s+)?in\s+(?:traditional\s+)?(chinese|english|zh[-_]tw)\b(?:\s*[:：])?/gi;
const MAY_BE_THAN = /\bthan\b/i;
/** A comparison by an adjective (`faster than`, `cheaper than the`): `vs`, as `compared to` is. */
const COMPARED_THAN =
  /\b(?:faster|quicker|slower|cheaper|better|(?:more|less)\s+(?:efficient|expensive))\s+than\s+(?:the\s+|an?\s+)?/gi;
/** A model size or token count as typed (`70B`, `1.4T`), never a GPU's digits (`H100`). */
const A_SIZE = /\b\d+(?:\.\d+)?\s?[bt]\b/i;
/**
 * NVIDIA DGX systems hold 8 GPUs each (DGX A100, DGX H100/H200, DGX B200 and B300 datasheets:
 * "8x NVIDIA … GPUs"); a count before (`4 DGX H100`, `a DGX H100`) counts systems.
 */
const MAY_BE_DGX = /dgx/i;
const DGX =
  /(?:\b(\d+)\s*(?:[x*]\s*)?|\b(?:an?|one)\s+)?\b(?:nvidia\s+)?dgx[-\s]?(a100|h100|h200|b200|b300)s?\b/gi;
const dgxAsNodes = (_: string, count: string | undefined, gpu: string) => `${count ?? "1"} dgx of 8 ${gpu}`;
/** An amount then `dollars`/`usd`, with no per-time after it (`10 million dollars`, `2.5k usd`). */
const DOLLARS_WORD =
  /(?<![\w.$])(\d+(?:\.\d+)?)\s*(k|m|b|thousand|million|billion)?\s*(?:us\s+)?(?:usd|dollars?)\b(?!\s*\/)/gi;
const SHORT_MULTIPLIERS: Record<string, string> = { thousand: "K", million: "M", billion: "B" };
const dollarsFirst = (_: string, amount: string, multiplier: string | undefined) =>
  `$${amount}${multiplier ? (SHORT_MULTIPLIERS[multiplier.toLowerCase()] ?? multiplier.toUpperCase()) : ""}`;
const MAY_BE_PERCENT = /per\s?cent/i;
const PERCENT_WORD = /(\d+(?:\.\d+)?)\s*per\s?cent\b/gi;

/** `how many days`, `how many GPU-hours` is not: only a wall-time unit, which a number never follows here. */
const HOW_MANY_UNITS = /\bhow\s+many\s+(?:days|hours|hrs|weeks|months|years)\b/gi;
const MAY_ASK_UNITS = /\bmany\s/i;

/** `a year and a half`, `1 week and a half`, `one and a half years`, `half a year`, `half precision`. */
const MAY_BE_HALF = /half/i;
const AND_A_HALF_AFTER = /\b(an?|one|\d+(?:\.\d+)?) (year|month|week|day|hour)s? and a half\b/gi;
const AND_A_HALF_BEFORE = /\b(an?|one|\d+(?:\.\d+)?) and a half (year|month|week|day|hour)s?\b/gi;
const HALF_A = /\bhalf an? (year|month|week|day|hour)\b/gi;
const HALF_PRECISION = /\bhalf[- ]precision\b/gi;
/** `half a trillion tokens`, `half a billion`: 0.5 of the multiplier. */
const HALF_A_MULTIPLIER = /\bhalf an? (thousand|million|billion|trillion)\b/gi;
const halves = (_: string, count: string, unit: string) =>
  `${(/^\d/.test(count) ? Number(count) : 1) + 0.5} ${unit.toLowerCase()}s`;

function englishHalves(line: string): string {
  // Spaces are single here only after the last step: make them so first (rare lines say "half").
  const text = line.replace(/\s+/g, " ");
  return text
    .replace(AND_A_HALF_AFTER, halves)
    .replace(AND_A_HALF_BEFORE, halves)
    .replace(HALF_A, (_, unit: string) => `0.5 ${unit.toLowerCase()}s`)
    .replace(HALF_A_MULTIPLIER, (_, multiplier: string) => `0.5 ${multiplier.toLowerCase()}`)
    .replace(HALF_PRECISION, "fp16");
}

/** Slack's `<target|label>` markup (links, channels, users): the label drops, the target stays. */
const LABELLED_MARKUP = /<([^<>|\s]+)\|[^<>]*>/g;

// A bare `flops` before `per token` (`flops per token for 70b`) is the question's word, not the bot's name.
const PREFIX =
  /^(?:@flopsbot\b|<@[A-Z0-9]+(?:\|[^>]*)?>|<@!?\d+>|flops>|\/flops\b(?![=:]\S)|flops\b(?![=:]\S)(?!\s*(?:(?:per|a)\s+|\/\s*)token\b))\s*/i;
const PREFIX_STARTS = "@</fF";
/** `hey`, `hi`, `hello`, `yo` and a comma or `!`, then a mention: dropped, the mention then being the prefix. */
const GREETING_BEFORE_MENTION = /^(?:hey|hi|hello|yo)[,!]? +(?=@flopsbot\b|<@)/i;
const GREETING_FIRST = "hHyY";

/** The line with its prefixes, typography and Chinese forms made plain (idempotent). */
export function normalizeText(line: string): string {
  // Plain ASCII (most lines) needs none of the Unicode steps.
  // One look at each character instead of two patterns: most lines are ASCII with single spaces.
  const plain = asciiSingleSpaced(line);
  // 最多 30 天, 不超過三個月: read before the Chinese words become English ones (超過 would be gone).
  const bounded = !plain && MAY_BE_WITHIN_ZH.test(line) ? line.replace(WITHIN_DURATION_ZH, " in ") : line;
  let text = stripPrefix(plain || !NOT_ASCII.test(bounded) ? bounded : oneByte(unicodeForms(bounded)));
  // A Slack link or mention with its label (`<https://…|the paper>`, `<#C1|general>`) is one word
  // without the label, which the reader skips with a note.
  if (text.includes("<") && text.includes("|")) text = text.replace(LABELLED_MARKUP, "<$1>");
  // `405B x 15T tokens = ? flops`, `… = how many flops`: an `=` before the question asks, it sets nothing
  // (glued to `tokens`, it read `tokens=how`).
  if (text.includes("=")) text = text.replace(EQUALS_ASKS, " ");
  // `7B,13B,70B`: sizes with a comma and no space are a list, as `7B, 13B, 70B` is (was refused as
  // a number that could not be read). Digits grouped by commas (`1,000`) have no multiplier before it.
  if (text.includes(",")) text = text.replace(SIZES_COMMA_GLUED, "$1, ");
  // `30 day s`, `2 week s`: a plural's `s` typed apart is the unit's (was read as a run named `s`).
  if (LONE_S.test(text)) text = text.replace(UNIT_PLURAL_APART, "$1s");
  // `by end of Q1`, `before March`, `by EOY`, 年底前: a deadline said as a date, which needs today's
  // date to be a length of time: marked for the reader, which refuses it with a length to type.
  if (MAY_BE_DATE.test(text)) text = text.replace(DATE_DEADLINE, dateMarker);
  // `3.14 x 10^23`, `3.14*10^23`, `10^24`: powers of ten typed with a caret, as `3.14e23` (the bot's
  // own `3.14 × 10²³` is read so in unicodeForms).
  if (text.includes("^")) text = text.replace(TIMES_TEN_TO, "$1e$2").replace(TEN_TO, "1e$1");
  // `the biggest chinchilla model` is the compute-optimal one a budget buys, not the Chinchilla run (70B,
  // 1.4T) beside the budget, nor the chinchilla command, which takes no GPUs.
  if (text.includes("hinchilla")) text = text.replace(CHINCHILLA_SIZED, "$1 compute-optimal $2");
  // `… ~40% mfu -> days?`: a time unit after an arrow, with no number, asks how long (as `how many days`).
  // So after a spaced dash (`mfu 45% - days?`), which the tokenizer reads as punctuation.
  if (text.includes(">") || text.includes("→") || text.includes(" - "))
    text = text.replace(ARROW_UNIT, "$1 how long");
  // Slack's and Discord's emphasis around a word or phrase (`*70B* on *15T* tokens`, `_1024 H100_`,
  // `**70B**`, `__2T__`, `||70B||`): the words, not a product (`2048*21days` and `70B * 15T` have no
  // mark opening a word after a space).
  if (text.includes("*") || text.includes("_") || text.includes("||")) text = withoutEmphasis(text);
  // `400 tflops per gpu`, `400 TFLOPs/GPU`, `400 tflops per H100`: an achieved rate per GPU (tflops=),
  // never a word `per` refused or a unit `tflops/gpu` unknown. An MFU question reads it as mfu's
  // achieved rate; a training plan (`70B 2T on 512 H100 at 400 tflops per gpu`) as the MFU it sets
  // on that GPU (run.ts, said in a note).
  if (MAY_BE_TFLOPS.test(text))
    text = text.replace(TFLOPS_PER_GPU, " tflops=$1 ").replace(TFLOPS_PER_NAMED_GPU, " tflops=$1 ");
  // `which is the best gpu for 70b 2t`, `which GPU is best …`: the catalog's training GPUs side by side
  // (respond.ts notes the reading), never 6ND alone with the GPU asked left unsaid.
  // A serving line (`best gpu to serve 70B`) keeps its reading: cards and serve size one GPU at a time.
  // There `fastest gpu`, `cheapest card` are said as `best gpu` (respond.ts notes no GPU was compared).
  if (MAY_BE_BEST.test(text) && !text.includes("gpu="))
    text = text.replace(BEST_GPU, SERVING_SAID.test(text) ? " best gpu " : BEST_GPU_LIST);
  // `zero 2`, `ZeRO stage 3`: the stage in one word, as `zero-2` is read (its number alone was read
  // as the stage of the size before it, or as tokens once `zero` was dropped).
  if (MAY_BE_ZERO.test(text)) text = text.replace(SPACED_ZERO_STAGE, "zero-$1");
  // `64 8xH100 nodes`: nodes counted by what each holds, as `64 nodes of 8 H100` (the reader counts
  // them and says so; the count before was blamed, its Try line dropping it to one node).
  if (MAY_BE_NODES.test(text)) text = text.replace(NODES_OF_GLUED, "$1 nodes of $2 $3");
  // `(80gb)`, `(40 GB)`: a card's memory in brackets after its name, read as it is without them.
  if (text.includes("(")) text = text.replace(BRACKETED_MEMORY, " $1 ");
  // `which gpus have 80gb`, `gpus with 80gb`: the GPU catalog by memory, as `gpus 80gb` (was `gb`
  // refused as a unit of a number, or `with 80gb` as a GPU's name).
  text = text.replace(WHICH_GPUS_HAVE_MEMORY, "gpus $1gb");
  // `flops per token`, `inference FLOPs/token`, `forward pass flops`: one word, which the reader
  // reads as the row Inference FLOP per token of the serving answer.
  if (MAY_BE_FLOPS_PER_TOKEN.test(text)) text = text.replace(FLOPS_PER_TOKEN, " flops-per-token ");
  // `8k seq len`, `sequence length 32k`, `seqlen=4096`, `context length 8k`: the context option, as
  // `context` and `ctx` are (every command with a context takes that name).
  if (MAY_BE_SEQ_LEN(text)) text = text.replace(SEQ_LEN, "context");
  // `gpu count for 70B 2T in 30 days`, `…, gpu count?`: the count asked, as `how many gpus` is (never
  // the catalog's `gpu` nor params' `count`); `token count` is the tokens.
  if (MAY_COUNT_GPUS.test(text))
    text = text.replace(GPU_COUNT_ASKED, "how many gpus").replace(TOKEN_COUNT, "tokens");
  // `3640 petaflop days`, `how many pf days is gpt-3`: the unit said as two words is one (never
  // `petaflop` blamed and `days` read as a wall time).
  // `3640pf-days`, `budget=3640pfdays`: the unit glued to its number, set apart as `3640 PF-days` is.
  if (MAY_BE_PF_DAYS.test(text))
    text = text.replace(PF_DAYS_APART, "pf-days").replace(PF_DAYS_GLUED, "$1 pf-days");
  // `10ZFLOP`, `1e3EFLOP`, `500exaflops`: a unit of FLOP glued to its number, set apart as
  // `10 ZFLOP` is; `1 exaflop day`, `2 EFLOP/s days`: the unit of a day in one word, as PF-days are.
  if (MAY_BE_FLOP_UNIT.test(text))
    text = text.replace(FLOP_UNIT_GLUED, "$1 $2").replace(FLOP_DAYS_APART, "$1$2-$3");
  // `8 kv heads`, `head dim 128`, `head dimension 128`: the options' names said as two words.
  if (text.includes("head") || text.includes("Head"))
    text = text.replace(KV_HEADS, "kv-heads").replace(HEAD_DIM, "head-dim");
  // `on 2048 of them`, `with 2048 of those` (a follow-up after a plan on H100s): a count of the GPUs
  // named, as `on 2048 GPUs` is; the thread keeps its GPU.
  if (text.includes(" of th")) text = text.replace(COUNT_OF_THEM, "$1 gpus");
  // `671B total params 37B active`, 671B 總參數: `total` before the noun is no word of its own; the
  // size is labelled by the noun, as `671B params` is (read apart, `params` labelled the next size).
  if (text.includes("total")) text = text.replace(TOTAL_PARAMS, "");
  // `would deepseek v3's mfu exceed 100%?`: the bound asked about, not an MFU to plan at (as 超過).
  if (EXCEED_WORD.test(text) && ASKS_WHETHER_EN.test(text)) text = text.replace(EXCEEDS_PERCENT_EN, " ");
  // `3x forward`, `3 × forward pass` (the seed's count of a run's FLOP): asked of mfu, whose answer has
  // that row (the 3 × forward of the architecture), never a count of 3 and a word `forward` refused.
  if (text.includes("forward") && MFU_WORD.test(text)) text = text.replace(THREE_FORWARDS, " ");
  // 每個參數 100 個 token (每 left by the Chinese words read before, 參數 as params): a ratio, as
  // `100 tokens per parameter` is (englishForms).
  if (!plain && text.includes("每")) text = text.replace(TOKENS_PER_PARAM_RATIO_ZH, ratioMarker);
  // Most lines hold nothing any of the rewrites below looks for: one test instead of five.
  const rewritten = MAY_REWRITE.test(text);
  if (rewritten) text = englishForms(text);
  // Whitespace other than single spaces is made single spaces (most lines have none to change;
  // taking the prefix off and trimming make none).
  const spaced = (
    (rewritten || !plain) && /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, " ") : text
  ).trim();
  // A label's colon left opening the line once its word was read as an asking word (問題: 7B 2T …).
  const opened = spaced.charCodeAt(0) === COLON ? spaced.slice(1).trimStart() : spaced;
  // A sentence's final period (`175B 300B.`, `… in 30 days.`) ends the question, as `?` and `!` do.
  return opened.endsWith(".") ? opened.replace(FINAL_PERIOD, "") : opened;
}

/**
 * `total` between a size and a noun of parameters (`671B total params`); before the size (`total
 * params 671B`) the label is read as it stands.
 */
const TOTAL_PARAMS = /(?<=\d[a-z]*\s+)total[\s-]+(?=(?:params?|parameters?)\b)/gi;
/** `:`, a label's colon. */
const COLON = 58;

/** `2048 of them`, `1k of those`, `64 of these`: a count of what was named, the GPUs. */
const COUNT_OF_THEM = /(?<![\w.=])(\d[\d,]*(?:\.\d+)?k?) of (?:them|those|these)\b/gi;
/** `seq`, `Seq`, `SEQ` or `ength`: the only lines the sequence-length rewrite looks at. */
const MAY_BE_SEQ_LEN = (text: string): boolean =>
  text.includes("seq") || text.includes("Seq") || text.includes("SEQ") || text.includes("ength");
/** `seq len`, `seq-len`, `seqlen`, `sequence length`, `seq length`, `context length`, `ctx len`; never inside a word or key. */
const SEQ_LEN = /(?<![\w=-])(?:seq(?:uence)?[- ]?len(?:gth)?|(?:context|ctx)[- ]len(?:gth)?)(?![\w-])/gi;

/** `pf` or `petaflop`: the only lines the PF-days rewrite looks at. */
const MAY_BE_PF_DAYS = /pf|petaflop/i;
/** `pf days`, `pfs days`, `petaflop days`, `petaflop/s days`, `petaflops days`, `PF day`; never inside a word or key. */
/** A number with the unit glued on: `3640pf-days`, `3640pfdays`, `3640petaflop-days`. */
const PF_DAYS_GLUED = /(\d)(?:pfs?-?days?|petaflops?-?days?)(?![\w-])/gi;
const PF_DAYS_APART = /(?<![\w=-])(?:pfs?|pf\/s|petaflops?(?:\/s)?) days?(?![\w-])/gi;
/** A spelled SI prefix or `flop`: the only lines the FLOP-unit rewrites look at. */
const MAY_BE_FLOP_UNIT = /peta|exa|zetta|yotta|flop/i;
/** A FLOP unit with an SI prefix (flopUnits.ts), spelled or by its letter. */
const PREFIXED_FLOP = "(?:peta|exa|zetta|yotta)(?:flops?)?|[pezy]flops?";
/** A number with its unit glued on: `10ZFLOP`, `1e3EFLOP`, `500exaflops`, `2EFLOP/s-days`, `3.14e23FLOPs`. */
const FLOP_UNIT_GLUED = new RegExp(
  String.raw`(?<![\w.])(\d+(?:\.\d+)?(?:e[+-]?\d+)?)(${PREFIXED_FLOP}|flops?)(?![a-z])`,
  "gi",
);
/** A prefixed unit, then a day apart: `exaflop day`, `EFLOP/s days`, `zettaflops days` (PF-days above). */
const FLOP_DAYS_APART = new RegExp(String.raw`(?<![\w=-])(${PREFIXED_FLOP})(\/s)? (days?)(?![\w-])`, "gi");
/** `count`: the only lines the GPU-count rewrite looks at. */
const MAY_COUNT_GPUS = /count/i;
/** `gpu count`, `GPU count`, `card count`; never inside a word or key. */
const GPU_COUNT_ASKED = /(?<![\w=-])(?:gpus?|cards?) count(?![\w-])/gi;
/** `token count` (`the chinchilla optimal token count for 70B`): the tokens, asked or given. */
const TOKEN_COUNT = /(?<![\w=-])tokens? count(?![\w-])/gi;
/** `kv heads`, `KV heads`, `key-value heads`; never inside a word or key. */
const KV_HEADS = /(?<![\w=-])(?:kv|key[- ]value) heads?(?![\w-])/gi;
/** `head dim`, `head dimension`, `head size`; never inside a word or key. */
const HEAD_DIM = /(?<![\w=-])head (?:dim(?:ension)?|size)(?![\w-])/gi;

const MAY_BE_ZERO = /zero/i;
/** `zero 2`, `zero stage 2`, `ZeRO-stage 3`, `zero stage-1`: never a key's value or a count of things after it. */
const SPACED_ZERO_STAGE =
  /(?<![\w=-])zero(?:[\s-]+stage)?(?:\s+|\s*-\s*(?=\d)(?<=stage\s*-\s*))([0-3])(?![\w.,=%])(?!\s+(?:gpus?|cards?|nodes?|days?|hours?)\b)/gi;

/** `best`, `fastest`, `cheapest`, `efficient`: the only lines the best-GPU rewrite looks at. */
const MAY_BE_BEST = /best|fastest|cheapest|efficient/i;
/** Best said of GPUs: `best`, `fastest`, `cheapest`, `most (cost-)efficient`. */
const BEST = "(?:best|fastest|cheapest|most\\s+(?:cost[- ]|energy[- ])?efficient)";
/** `(which is) the best gpu(s)/card/accelerator/hardware`, `which GPU is (the) fastest`. */
const BEST_GPU = new RegExp(
  `\\b(?:(?:(?:which|what)(?:'s|\\s+is|\\s+are|\\s+would\\s+be)?\\s+)?(?:the\\s+)?${BEST}\\s+(?:gpus?|cards?|accelerators?|hardware|chips?)|(?:which|what)\\s+(?:gpus?|cards?|accelerators?|hardware|chips?)\\s+(?:is|are|would\\s+be)\\s+(?:the\\s+)?${BEST})\\b`,
  "gi",
);
/** Serving said in the line: serve, serving, inference, deploy, 部署, 推論, 服務. */
export const SERVING_SAID = /serv(?:e|ing)|infer|deploy|部署|推論|推理|服務/i;
/** The catalog's training GPUs as one `gpu=` list: compute answers them side by side. */
const BEST_GPU_LIST = ` gpu=${TRAINING_LINEUP.join(",")} `;

/** A TFLOP/s figure (`tflops`, `TFLOPs`, `TFLOP/s`): the only lines the achieved-rate rewrites look at. */
const MAY_BE_TFLOPS = /tflop/i;
/** An MFU question (MFU, 利用率): only there is a rate per GPU mfu's achieved tflops=. */
const MFU_ASKED = /mfu|利用率/i;
const TFLOPS_UNIT = String.raw`\s*tflop(?:s|\/s)?\s*`;
/** `400 tflops per gpu`, `400 TFLOPs/GPU`, `400 tflop/s each gpu`, `400 tflops a card`. */
const TFLOPS_PER_GPU = new RegExp(
  String.raw`(?<![\w.=])(\d+(?:\.\d+)?)${TFLOPS_UNIT}(?:\/\s*|per\s+|a\s+|each\s+|on\s+each\s+)(?:gpu|device|chip|card|accelerator)s?\b`,
  "gi",
);
/** `400 TFLOPs per H100`, `400 tflops/h100`: the rate, the GPU named after it kept (a letter or few, then digits). */
const TFLOPS_PER_NAMED_GPU = new RegExp(
  String.raw`(?<![\w.=])(\d+(?:\.\d+)?)${TFLOPS_UNIT}(?:\/\s*|per\s+)(?=[a-z]{1,3}\d)`,
  "gi",
);
/** 每張 400 TFLOPS, 每卡 400 TFLOPS, 每張 H100 400 TFLOPS: the rate of each card. */
const CHINESE_TFLOPS_PER_GPU =
  /每\s*(?:張|卡|顆)\s*(?:卡|GPU|顯示卡|顯卡)?\s*([a-z]{1,3}\d+[a-z]*)?\s*(\d+(?:\.\d+)?)\s*tflop(?:s|\/s)?/gi;

/** `biggest chinchilla model`, `largest chinchilla-optimal model`: a size asked of a budget. */
const CHINCHILLA_SIZED =
  /\b(biggest|largest|best|big|large) chinchilla(?:[- ]optimal)? (model|models|size|llm)\b/gi;

/** `-> days?`, `=> hours`, `→ weeks`, ` - days?`: the unit asked after an arrow or a dash (never `-> 30 days`, which has its number). */
const ARROW_UNIT = /(->|=>|→| -) ?(?:days|hours|hrs|weeks|months)\b/gi;

/** ` = ?`, ` = how …`, ` = what …`: an `=` spaced before a question (never `gpu = H100`). */
const EQUALS_ASKS = / =(?= ?(?:\?|how\b|what\b))/gi;

/**
 * Emphasis as Slack writes it, `*bold*` and `_italic_`, and as Discord does, also `**bold**`,
 * `***bold italic***`, `__underline__` and `||spoiler||`: a mark after the line's start, a space,
 * `(` or another mark, a non-space next, and the same mark again before the end, a space,
 * punctuation or another mark. Linear: the text inside holds no mark, so each attempt stops at the
 * next one.
 */
const EMPHASIS = /(^|[\s(*_|])(\*{1,3}|_{1,2}|\|\|)([^\s*_|][^*_|]*)\2(?=$|[\s.,:;!?)*_|])/g;

/**
 * Struck-through text, Discord's `~~13B~~` and Slack's `~13B~`: a mark after the line's start, a
 * space or `(`, then text starting and ending with a non-space, and the same mark before the end, a
 * space or punctuation (`~40%` or `~2T ~3T`, an approximation, has no closing mark so placed).
 */
const STRUCK = /(^|[\s(])(~~?)([^\s~](?:[^~]*[^\s~])?)\2(?=$|[\s.,:;!?)])/g;

/**
 * The line without its struck-through text, and that text as typed (marks and all): what its
 * writer took back, which the reply says it left out. Undefined when nothing is struck.
 */
export function struckOut(line: string): { line: string; struck: string[] } | undefined {
  if (!line.includes("~")) return undefined;
  const struck: string[] = [];
  const rest = line.replace(STRUCK, (whole: string, before: string) => {
    struck.push(whole.slice(before.length));
    return before;
  });
  // An aside struck whole (`(~~fp8~~)`) leaves its brackets empty: they go too.
  return struck.length === 0 ? undefined : { line: rest.replace(EMPTY_BRACKETS, " "), struck };
}

/** Brackets an aside struck whole leaves empty (`(~~fp8~~)`). */
const EMPTY_BRACKETS = /\(\s*\)/g;

/** The text without its EMPHASIS marks; marks inside marks (`**_70B_**`) come off a pair a pass. */
function withoutEmphasis(line: string): string {
  let text = line;
  for (let pass = 0; pass < 3; pass++) {
    const plain = text.replace(EMPHASIS, "$1$3");
    if (plain === text) break;
    text = plain;
  }
  return text;
}

/**
 * What any step of `englishForms` looks for (MAY_BE_PRICE, a `/`, MAY_BE_PERCENT, MAY_BE_HALF,
 * MAY_ASK_UNITS in one): a line without it is left as it is by all of them.
 */
const MAY_REWRITE =
  /\/|\b(?:per|an)\s|\bper-|per\s?cent|half|\bmany\s|\bfirst\s|'s\b|usd|us\$|dollar|dgx|compar|[~≈]|mixed|thousand|million|billion|trillion|\bkv|\d bits?\b|within|under|less than|at most|more than|\bthan\b|\bin\s+(?:traditional\s+)?(?:chinese|english|zh[-_]tw)\b/i;

/** `US$`, `U.S.$`, `USD$` (never the `$` of another dollar: `NT$`, `A$`, refused in reader.ts). */
const US_DOLLAR = /(?<![a-z])(?:u\.?s\.?d?)\s?\$/gi;
const MAY_BE_PER_MILLION = /million|\b1\s?m\b|mtok/i;
const PER_MILLION_TOKENS =
  /(?:\$\s*)?(?:\bper\s+|\/\s*)(?:(?:1\s?m|one\s+million|a\s+million|million)(?:\s+(?:output|generated|decoded|input|prompt))?\s+tok(?:en)?s?|m\s?toks?)\b/gi;
/** What the reader reads as `per million tokens` (reader.ts). */
export const PER_MILLION_TOKENS_WORD = "per-1m-tokens";

/** Prices, per-GPU prices, percents, halves and `how many days` written the way the reader reads them. */
function englishForms(line: string): string {
  // `US$2/h`, `U.S.$5M`: US dollars written with their country, the `$` every price and budget reads.
  let text = line.includes("$") ? line.replace(US_DOLLAR, "$$") : line;
  // `per million tokens`, `per 1M output tokens`, `$/1M tokens`, `per Mtok`: serve's cost per million
  // tokens asked (a row of its answer at a price), before a price's `per` below takes the word.
  if (MAY_BE_PER_MILLION.test(text)) text = text.replace(PER_MILLION_TOKENS, ` ${PER_MILLION_TOKENS_WORD} `);
  // `100 tokens/s per user`, `50 tok/s each`, `100 tokens per second per request`: serve's decode rate
  // for each sequence (per-user=), not a throughput of the whole replica.
  // `3000 tokens/s per GPU`, `700 tok/s/gpu`, `380 tokens per GPU per second`: a training throughput
  // of each GPU (mfu's tokens-per-gpu=), not a serving rate nor a count of 3,000 GPUs.
  if (MAY_BE_PER_SEQUENCE.test(text))
    text = text.replace(PER_SEQUENCE, " per-user=$1 ").replace(PER_GPU_RATE, " tokens-per-gpu=$1 ");
  // `fp8 kv cache`, `kv cache in fp8`, `int8 KV`: the cache's own precision (kv-precision=), never the
  // weights' (`llama 3 70b int4 kv cache fp8` was refused as a precision given twice).
  // `4-bit kv cache`, `kv cache in 8 bit`: the integer widths, as int4 and int8.
  if (MAY_BE_KV.test(text))
    text = text
      .replace(KV_PRECISION_AFTER, (_, p: string) => ` kv cache kv-precision=${kvPrecision(p)} `)
      .replace(KV_PRECISION_BEFORE, (_, p: string) => ` kv-precision=${kvPrecision(p)} kv cache `);
  // Prices per GPU-hour as people write them: `$2.50/gpu/hr`, `$2.5 per hour`, `2.5/h`.
  if (MAY_BE_PRICE.test(text)) {
    // `$2 per A100 hour`, `$2 per H100-hour`: a price per hour of that GPU, which is named (`$2/h A100`).
    text = text.replace(PER_NAMED_GPU_HOUR, "$1/h $2");
    // A node's price (`$16/hr per node`) is no GPU's: marked for the reader, which refuses it (read
    // per GPU, a plan's cost would be 8 times too high), before the per-hour and `per` are read below.
    if (MAY_BE_NODE.test(text)) text = text.replace(PRICE_PER_NODE, "$1/h/node");
    text = text.replace(PER_HOUR, "/h");
    // `$2/h per A100`, `$2/h per GPU`: every price is per GPU; the GPU named stays (`gpu` is filler).
    text = text.replace(PRICE_PER_ANY_GPU, "$1").replace(PRICE_PER_GPU, "$1 ");
    // `$2/gpu/day` is per GPU per day as `$2/gpu/hr` is per GPU-hour: every price is per GPU.
    if (MAY_BE_GPU_DAY.test(text)) text = text.replace(PER_GPU_DAY, "/day");
  }
  // `$2.5/h/gpu` (per hour per GPU, the other order) and `2.5 usd/h` are `$2.5/h`.
  if (text.includes("/")) {
    if (MAY_BE_GPU_DAY.test(text)) text = text.replace(PER_HOUR_PER_GPU, "/h");
    if (MAY_BE_USD.test(text)) text = text.replace(USD_PER_HOUR, "$$$1/h");
  }
  // `how does llama 3 70b compare to llama 2 70b`, `H100 compared with A100`: the two side by side, as `vs`.
  if (MAY_COMPARE.test(text)) text = text.replace(COMPARED_TO, "vs");
  // `llama 3 405b in chinese`, `answer in english`: the answer's language, as `lang=` is.
  if (MAY_NAME_LANG.test(text)) text = text.replace(IN_LANGUAGE, " lang=$1 ");
  // `is the mi300x cheaper than the h100 for 70B 2T`: the plan on both, side by side. Without a size
  // (`is H200 faster than H100`) the GPUs' own lines answer (meeting.ts), so it is left as it is.
  if (MAY_BE_THAN.test(text) && A_SIZE.test(text)) text = text.replace(COMPARED_THAN, "vs ");
  // `4 DGX H100`, `a DGX H100`: DGX systems of 8 GPUs each, read as nodes of 8 (reader.ts notes it).
  if (MAY_BE_DGX.test(text)) text = text.replace(DGX, dgxAsNodes);
  // `a year and a half`, `half a year`, `half precision`: "half" is a number or fp16 only in these;
  // before the dollars below, so `half a million dollars` is $0.5M as `0.5 million dollars` is.
  if (MAY_BE_HALF.test(text)) text = englishHalves(text);
  // `seventy billion`, `two trillion tokens`, `ten thousand H100s`: a count in words, as digits; after
  // the halves (`half a trillion`), before the dollars (`ten million dollars` is $10M as `10 million dollars` is).
  if (MAY_BE_MULTIPLIER_WORD.test(text)) text = text.replace(SPELLED_BEFORE_MULTIPLIER, spelledCount);
  // `10 million dollars`, `500k USD`: an amount in dollars, as `$10M` (a budget; a price per hour is read above).
  if (MAY_BE_USD.test(text)) text = text.replace(DOLLARS_WORD, dollarsFirst);
  // `40 percent`, `40 per cent` are 40%.
  if (MAY_BE_PERCENT.test(text)) text = text.replace(PERCENT_WORD, "$1%");
  // `~40%`, `≈2T`: an approximate value is the value (Read as shows what was read).
  if (MAY_BE_APPROXIMATE.test(text)) text = text.replace(APPROXIMATE, "$1");
  if (MAY_BE_WITHIN.test(text)) text = text.replace(WITHIN_DURATION, "in ");
  // `mixed precision` (AMP) is the bf16/fp16 training every plan assumes: no precision of its own.
  if (MAY_BE_MIXED.test(text)) text = text.replace(MIXED_PRECISION, " ");
  // `how many days` asks for the time, like `how long`: its unit word is no value (tokenize would glue it to a number).
  if (MAY_ASK_UNITS.test(text)) text = text.replace(HOW_MANY_UNITS, "how long");
  // `KV cache per token`, `tokens per param`: what the answer's rows give (the cache's bytes a token,
  // tokens per parameter); `per` and its noun ask, they set nothing. `tokens` stays only as a
  // number's unit (`2T tokens per param`): left before a size it labels it (`tokens per parameter
  // 70B 2T` read 70B as the tokens).
  // `7B at 100 tokens per parameter`, `20x tokens/param`: a ratio (a bare number, no multiplier), which
  // the reader turns into tokens against the size (`2T tokens per param` stays 2T tokens, below).
  if (PER_ASKED_MAY.test(text) || text.includes("/"))
    text = text.replace(TOKENS_PER_PARAM_RATIO, ratioMarker);
  if (PER_ASKED_MAY.test(text)) text = text.replace(PER_ASKED, perAsked).replace(PER_TOKEN_CACHE, "");
  // A possessive (`PaLM's MFU`, `deepseek v3's mfu`, `llama 3 405b's`) is the name itself.
  if (text.includes("'")) text = text.replace(POSSESSIVE, "");
  // `in 4 bit`, `8 bits`: the precision word, as `4-bit` (the number alone would be read as a count).
  if (MAY_BE_BITS.test(text)) text = text.replace(SPACED_BITS, "$1-bit");
  // `time to first token` is one word, TTFT (serve's prefill time answers it).
  if (text.includes("first") || text.includes("First")) text = text.replace(TIME_TO_FIRST_TOKEN, "TTFT");
  return text;
}

const MAY_BE_KV = /\bkv/i;
const MAY_BE_BITS = /\d bits?\b/i;
/** `4 bit`, `8 bits` (the storage widths the precision words name): `4-bit`, `8-bit`. */
const SPACED_BITS = /\b([48]) bits?\b/gi;
const KV_PRECISIONS = "(fp8|int8|int4|bf16|fp16|fp32|[48][- ]?bits?)";
/** A cache precision as typed: `4-bit`, `8 bit` are int4, int8; a precision's name is itself. */
const kvPrecision = (typed: string): string => {
  const bits = /^([48])[- ]?bits?$/i.exec(typed)?.[1];
  return bits ? `int${bits}` : typed;
};
/**
 * A precision before `kv cache` is the cache's unless one follows it (`int4 kv cache fp8`: int4 is the
 * weights'); words of key=value (`precision=fp8 kv-precision=fp8`, `kv-heads=8`) are never these.
 */
const KV_PRECISION_BEFORE = new RegExp(
  `(?<![\\w=-])${KV_PRECISIONS}\\s+(?:kv[- ]?cache|kv(?![- ]?cache))(?![\\w=-])(?!\\s+kv-precision=)`,
  "gi",
);
const KV_PRECISION_AFTER = new RegExp(
  `(?<![\\w=-])kv(?:[- ]?cache)?\\s+(?:in\\s+|as\\s+|at\\s+)?${KV_PRECISIONS}(?![\\w=-])`,
  "gi",
);
const MAY_BE_PER_SEQUENCE = /\btoks?\b|\btokens?\b/i;
const PER_SEQUENCE =
  /(?<![\w.=,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?k?)\s*(?:tokens?|toks?)\s*(?:\/\s*(?:s|sec|second)\b|per\s+second\b|a\s+second\b)\s*(?:(?:per|for\s+each|for\s+every|a|\/)\s*(?:user|sequence|request|stream|conversation|session|chat)s?\b|each\b)/gi;
/** `N tokens/s per GPU` (or `/gpu`, `each GPU`) and `N tokens per GPU per second` (or `/gpu/s`); N may be grouped (`3,500`). */
const PER_GPU_RATE =
  /(?<![\w.=,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?k?)\s*(?:tokens?|toks?)\s*(?:(?:\/\s*(?:s|sec|second)\b|per\s+sec(?:ond)?\b|a\s+second\b)\s*(?:per|on\s+each|each|a|\/)\s*(?:gpu|device|chip|accelerator)s?\b|(?:per|\/)\s*(?:gpu|device|chip|accelerator)\s*(?:\/\s*(?:s|sec|second)\b|per\s+sec(?:ond)?\b|a\s+second\b))/gi;
const PER_ASKED_MAY = /\bper[\s-]/i;
/** `100 tokens per parameter`, `20x tokens/param`, `200 tokens per param`: a bare number of tokens a parameter. */
const TOKENS_PER_PARAM_RATIO =
  /(?<![\w.,$])(\d{1,5}(?:\.\d+)?)\s*(?:x\s*|×\s*)?tokens?\s*(?:per\s+|\/\s*|a\s+)param(?:eter)?s?\b/gi;
/** 每個參數 100 個 token, as the words before read it: `每 params 100 token`. */
const TOKENS_PER_PARAM_RATIO_ZH = /每\s*params\s+(\d{1,5}(?:\.\d+)?)\s*tokens?\b/gi;
/** The reader's word for a ratio of tokens to parameters: `tokens-per-param#100`. */
export const TOKENS_PER_PARAM = "tokens-per-param#";
const ratioMarker = (_: string, ratio: string) => ` ${TOKENS_PER_PARAM}${ratio} `;
const PER_ASKED = /\b(cache|tokens?)\s+per\s+(?:token|param(?:eter)?)s?\b/gi;
/** The other order (`per-token KV cache`, 每個 token 的 KV cache): the cache's row is per token already. */
const PER_TOKEN_CACHE = /\bper[\s-]+token\s+(?=(?:kv\s*)?cache\b)/gi;
/** A number's last character before a space (`2T `, `300B `, `1e12 `): the word after it is its unit. */
const AFTER_NUMBER = /(?:\d|\d[kmbtKMBT])\s+$/;
function perAsked(_: string, noun: string, at: number, line: string): string {
  if (noun.toLowerCase() === "cache") return noun;
  return AFTER_NUMBER.test(line.slice(Math.max(0, at - 8), at)) ? noun : " ";
}

/** `'s` after a letter or digit at a word's end. */
const POSSESSIVE = /(?<=[a-z\d])'s\b/gi;
const MAY_BE_NODES = /node|server|machine|host|box/i;
/** `64 8xH100 nodes`, `16 8×A100 servers`: a count, then GPUs per node glued to their name, then the node word. */
const NODES_OF_GLUED =
  /(?<![\w.=])(\d+)\s+(\d+)\s*[x×*]\s*([a-z][\w-]*)\s+(?:nodes?|servers?|machines?|hosts?|boxes)(?![\w=-])/gi;
/** `(80gb)`, `( 40 GB )`: a memory size in brackets. */
const BRACKETED_MEMORY = /\(\s*(\d+(?:\.\d+)?\s*gi?b)\s*\)/gi;
/** `which gpus have 80gb`, `gpus with 80 GB of memory`, `what cards have 24gb vram?`: the whole line. */
const WHICH_GPUS_HAVE_MEMORY =
  /^\s*(?:(?:which|what|list|show)\s+)?(?:gpus?|cards?)\s+(?:have|has|with)\s+(\d+(?:\.\d+)?)\s*gb?(?:\s+(?:of\s+)?(?:memory|vram|hbm))?\s*\??\s*$/i;
const MAY_BE_FLOPS_PER_TOKEN = /flop|forward/i;
/** `flops per token`, `inference FLOPs/token`, `FLOP a token`, `forward pass flops`; never inside a word or key. */
export const FLOPS_PER_TOKEN =
  /(?<![\w=-])(?:(?:inference|forward(?:[\s-]pass)?)\s+)?flops?\s*(?:(?:per|a)\s+|\/\s*)token\b|(?<![\w=-])forward[\s-]pass\s+flops?\b/gi;
const TIME_TO_FIRST_TOKEN = /\btime\s+to\s+(?:the\s+)?first\s+token\b/gi;

/**
 * The text again, made of one-byte characters when it holds ASCII only. A line that held Chinese
 * is still stored two bytes a character once every Chinese word is made English, and every later
 * step (splitting, lower-casing, each word's lookups and patterns) is slower on such a string.
 */
function oneByte(text: string): string {
  if (NOT_ASCII.test(text)) return text;
  const codes: number[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return String.fromCharCode(...codes);
}
/** Whether every character is ASCII and every whitespace a space with no space right after it. */
function asciiSingleSpaced(line: string): boolean {
  let before = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // Tab, line feed, vertical tab, form feed, carriage return: the ASCII whitespace but the space.
    if (c >= 0x80 || (c >= 9 && c <= 13) || (c === 32 && before === 32)) return false;
    before = c;
  }
  return true;
}

/** Any character past ASCII (every UTF-16 code unit from 0x80 up). */
const NOT_ASCII = /[\u0080-\uffff]/;

/** One period after a letter, digit, `%` or bracket at the very end (not `...`, not a lone `.`). */
const FINAL_PERIOD = /(?<=[\p{L}\p{N}%)\]])\.$/u;

/** `@flopsbot`, a Slack or Discord mention, a copied `flops>` prompt or `/flops`, in any order, removed (trimmed). */
export function stripPrefix(line: string): string {
  let text = line.trim();
  // A greeting before the mention (`hey @flopsbot …`, `hi <@U1> …`): the mention is still the prefix.
  if (GREETING_FIRST.includes(text.charAt(0))) text = text.replace(GREETING_BEFORE_MENTION, "");
  // Every prefix starts with one of these: any other line only needed trimming.
  if (!PREFIX_STARTS.includes(text.charAt(0)) || text === "") return text;
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.trim().replace(PREFIX, "");
  }
  return text;
}

/**
 * Zero-width and invisible format characters: bidi marks, embeddings, overrides and isolates
 * (U+200E/F, U+202A–E, U+2066–9, U+061C), zero-width spaces and joiners, the byte-order mark and
 * the soft hyphen.
 */
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "g");

/** The text without INVISIBLE characters (most text has none: returned as it is). */
export const withoutInvisible = (text: string): string =>
  INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, "") : text;

/**
 * A value typed in one option (Discord's split options) in the forms a typed line's words take:
 * full-width digits and letters made ASCII (NFKC: `７０Ｂ`, `Ｈ１００`, `４０％`), 億/兆 after a number
 * (`700億` → 700e8, `15兆` → 15e12), invisible characters dropped. An ASCII value is returned as it is.
 */
export function optionValueForm(value: string): string {
  if (!NOT_ASCII.test(value)) return value;
  return unicodeForms(value).replace(/\s+/g, " ").trim();
}

/** Characters one of the typography steps after NFKC rewrites: a line with none skips them all. */
const TYPOGRAPHY =
  /[\u00a0\u00ad\u061c\u2007\u202f\u2000-\u200f\u202a-\u202e\u2066-\u2069\u3000\ufeff“”„«»‘’‚「」『』、，。；：？！×·]/;
const SUPERSCRIPT = /[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]/;
/** CJK ideographs, and Bopomofo (ㄇ for 嗎 in chat). */
const CHINESE = /[\u3100-\u312f\u3400-\u9fff]/;
/** Only characters NFKC leaves as they are: ASCII, and the CJK Unified Ideographs (and Extension A). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range
const ASCII_AND_IDEOGRAPHS = /^[\u0000-\u007f\u3400-\u4dbf\u4e00-\u9fff]*$/;
const MULTIPLIER = /[萬万億亿兆]/;
/** `每個 token 的 FLOP`, `每 token 算力`, `每個 token 的計算量` (the FLOP of one token). */
const CHINESE_FLOPS_PER_TOKEN = /每\s*個?\s*tokens?\s*的?\s*(?:flops?|算力|計算量|浮點運算量?)/gi;
/** `五成`, `四成五`, `3 成`: tenths and, after them, hundredths (not 成本, 成功, 成長, 成為, 成果…). */
const CHINESE_TENTHS =
  /(?<![\d一二兩三四五六七八九十])([一二兩三四五六七八九十]|\d)\s*成([一二三四五六七八九]|\d)?(?![本功長為果熟員立效交])/g;
const chineseTenths = (_: string, tenths: string, hundredths: string | undefined): string => {
  const digit = (c: string): number => (/\d/.test(c) ? Number(c) : (CHINESE_DIGITS[c] ?? 0));
  return ` ${digit(tenths) * 10 + (hundredths === undefined ? 0 : digit(hundredths))}% `;
};
/** `10 的 24 次方` (of … power), `10 的24次方`: the base and the exponent. */
const CHINESE_POWER = /(\d+(?:\.\d+)?)\s*的\s*(\d{1,3})\s*次方/g;
/** `3.14 乘以 10^23`, `3.14 乘 10^23` (times), after the power above is read. */
const CHINESE_TIMES = /(\d+(?:\.\d+)?)\s*乘以?\s*(\d+\^\d+)/g;

/** A unit word, then its plural `s` typed apart (`day s`, `token s`). */
/** An `s` standing alone (`30 day s`): the only lines the plural rewrite looks at. */
const LONE_S = / s\b/i;
const UNIT_PLURAL_APART = /\b(second|minute|hour|day|week|month|year|token|param|parameter|gpu|node)\s+s\b/gi;

/** A size's multiplier, then a comma glued to the next size (`7B,13B`, `70b,2t`). */
const SIZES_COMMA_GLUED = /(\d[kmbt]),(?=\d+(?:\.\d+)?[kmbt]\b)/gi;

/** Full-width forms, chat typography, the bot's own `×`/`·`/`10²³`, and Chinese numbers and words. */
function unicodeForms(line: string): string {
  // Each step runs only when a character it rewrites is there (no step adds one a later step rewrites).
  // A full-width comma separates words (NFKC would glue them as `70B,15T`).
  let text = line.includes("，") ? line.replace(/，/g, ", ") : line;
  // 年底前, Q1 前 (before the year's end, before Q1): a deadline said as a date, marked for the reader
  // as `by end of Q1` is (normalizeText), before 年 is read as years below.
  if (text.includes("前")) text = text.replace(DATE_DEADLINE_ZH, dateMarker);
  // 每張 400 TFLOPS (each card's rate) in an MFU question: mfu's tflops=, before 每張 is read as filler.
  if (text.includes("每") && MAY_BE_TFLOPS.test(text) && MFU_ASKED.test(text))
    text = text.replace(
      CHINESE_TFLOPS_PER_GPU,
      (_, gpu: string | undefined, n: string) => ` ${gpu ?? ""} tflops=${n} `,
    );
  // A full-width colon separates words (`請問：7B`), as the typography step below means it to: NFKC
  // would make it a `:` glued to the next word (`:7B`, refused as a number). After a Latin word
  // (`Q：`, `mfu：`) it is that word's colon, a label's as `Q:` is.
  if (text.includes("：")) text = text.replace(/(?<=[a-z0-9])：/gi, ": ").replace(/：/g, " ");
  // A full-width question mark ends its question: NFKC would glue its `?` to the next word
  // (`要多久？$2/h` → `?$2/h`, refused), so it is a `?` and a space.
  if (text.includes("？")) text = text.replace(/？/g, "? ");
  // `3.15 × 10²³` as the bot prints it, before NFKC turns ²³ into 23.
  if (SUPERSCRIPT.test(text)) {
    text = text.replace(
      /(?<!\s)\s*[×x*]\s*10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g,
      (_, p: string) => `e${[...p].map((c) => SUPERSCRIPT_DIGITS[c]).join("")}`,
    );
  }
  // ASCII and CJK ideographs are their own NFKC form (most Chinese questions hold nothing else).
  if (!ASCII_AND_IDEOGRAPHS.test(text)) text = text.normalize("NFKC");
  if (TYPOGRAPHY.test(text)) {
    text = text
      .replace(/[\u00a0\u2007\u202f\u2000-\u200a\u3000]/g, " ")
      // Zero-width and invisible format characters (INVISIBLE): `300B\u202e` reads as `300B`.
      .replace(INVISIBLE_ALL, "")
      .replace(/[“”„«»「」『』]/g, '"')
      .replace(/[‘’‚]/g, "'")
      .replace(
        /[、，。；：？！]/g,
        (c) => ({ "、": ", ", "，": ", ", "。": " ", "；": " ", "：": " ", "？": "?", "！": " " })[c] ?? c,
      )
      // The bot's own `512 × H100` and `70B · 15T`.
      .replace(/(\d)\s*×\s*(?=[a-z])/gi, "$1x ")
      .replace(/·/g, " ")
      .replace(/×/g, "*");
  }
  if (!CHINESE.test(text)) return text;
  // Simplified characters pasted from elsewhere (训练, 显存, 参数, 几张) are read as their Traditional forms.
  text = traditional(text);
  // Numbers kept as typed (JOINED_MULTIPLIERS), each a placeholder until the Chinese words are read.
  const kept: string[] = [];
  // 美金 and 鎂 (US dollars, Taiwan's everyday words; 鎂 is chat slang) are 美元.
  if (text.includes("美金")) text = text.split("美金").join("美元");
  if (text.includes("鎂")) text = text.split("鎂").join("美元");
  // 為什麼 … MFU 超過 100% (why does it exceed 100%), … 會超過 100% 嗎 (would it exceed 100%?): the
  // percent is the bound asked about, not an MFU to plan at; the MFU answer says which side it is on.
  if (text.includes("超過") && (text.includes("為什麼") || ASKS_WHETHER.test(text)))
    text = text.replace(EXCEEDS_PERCENT, " ");
  // 有哪些 80GB 的卡 (which cards have 80 GB): the GPU catalog by memory, as `gpus 80gb`.
  if (text.includes("哪些")) text = text.replace(WHICH_CARDS_OF_MEMORY, " gpus $1gb ");
  // 首 token 延遲, 首個 token 的延遲 (the first token's latency): TTFT, as 首字延遲 is.
  if (text.includes("首")) text = text.replace(FIRST_TOKEN_LATENCY, " ttft ");
  // 要多少 token, 要幾個 token (how many tokens): asked, as `how many tokens` is; never a count of
  // tokens given (Chinchilla 最佳 70B 要幾個 token read 70B as tokens).
  if ((text.includes("多少") || text.includes("幾")) && text.includes("token"))
    text = text.replace(HOW_MANY_TOKENS, " how many tokens ");
  // 要多少 H100, 需要多少 GPU (how many, 張 left out): a count asked, as `how many H100` is; never
  // 多少 GPU 小時 (GPU time).
  if (text.includes("多少")) text = text.replace(HOW_MANY_GPUS, " how many $1 ");
  // 多少 GPU 小時 (how many GPU-hours): the time asked, as `how many gpu hours` is; never 多少 dropped,
  // which left `7B GPU hours` (7B 模型要多少 GPU 小時) to read as 7 billion GPU-hours.
  if (text.includes("多少")) text = text.replace(HOW_MANY_GPU_TIME, " how many ");
  // 同時服務多少使用者, 最多幾個並發請求 (how many users at once): the users asked, as `max concurrent
  // users` is (serve's largest batch), never 多少 dropped and `concurrently users` left unread.
  if (text.includes("多少") || text.includes("幾"))
    text = text
      .replace(HOW_MANY_USERS, " max concurrent users ")
      .replace(HOW_MANY_AT_ONCE, " max concurrent users ");
  // 哪張 GPU 最好, 用哪個 GPU 最快, 哪一張卡最適合 (which GPU is best, fastest): `best gpu`, which
  // normalizeText reads as the catalog's training GPUs side by side, as the English
  // (before 一張 is read as one GPU).
  if (text.includes("哪") && text.includes("最")) text = text.replace(CHINESE_BEST_GPU, " best gpu ");
  // 每個 token 的 FLOP, 每 token 算力 (FLOP a token): `flops per token`, as English asks it.
  if (text.includes("每")) text = text.replace(CHINESE_FLOPS_PER_TOKEN, " flops per token ");
  // MFU 五成, 四成五, 3 成 (tenths: 50%, 45%, 30%): a percent, as `50%` is (never 成本, cost, or 完成).
  if (text.includes("成")) text = text.replace(CHINESE_TENTHS, chineseTenths);
  // 10 的 24 次方 (10 to the 24th power), 3.14 乘以 10 的 23 次方, 3.14 × 10 的 23 次方: a power of ten
  // with a caret, as `10^24` and `3.14 x 10^23` are read (quantity.ts).
  if (text.includes("次方")) text = text.replace(CHINESE_POWER, "$1^$2").replace(CHINESE_TIMES, "$1 x $2");
  // Chinese multipliers bind to the number before them: 1750億 → 1750e8, 七百億 → 700億 → 700e8.
  if (MULTIPLIER.test(text)) {
    // 半兆 is half a trillion (0.5 兆), 半億 half of 10⁸; not after a numeral (一億半 is left alone).
    if (text.includes("半")) text = text.replace(HALF_BEFORE_MULTIPLIER, "0.5");
    // 一點四兆 (1.4 兆): the digits after 點 one by one.
    if (text.includes("點")) text = text.replace(CHINESE_DECIMAL_BEFORE_MULTIPLIER, chineseDecimal);
    if (CHINESE_NUMERAL.test(text)) text = text.replace(CHINESE_BEFORE_MULTIPLIER, chineseBeforeMultiplier);
    // 一萬兩千張 (12,000 cards): the thousands after 萬 in digits too, a part of the number (below).
    if (text.includes("千")) text = text.replace(CHINESE_THOUSANDS_AFTER_MYRIAD, chineseBeforeMultiplier);
    // Parts written together are one number, largest first (1兆4000億 is 1.4e12, 1億2000萬 1.2e8);
    // together and no one number (1兆14000億, 1億2), kept as typed: one word the reader refuses,
    // never two numbers read out of one. 萬 then 億 (1萬4千億) is 萬億, read below.
    if (JOINED_HINT.test(text))
      text = text.replace(JOINED_MULTIPLIERS, (whole: string) => joinedNumber(whole, kept));
    // A number of 萬 or 千 before 億 (1.4萬億 is 1.4 × 10⁴ × 10⁸, a trillion; 1萬4千億, 4千億): one number.
    if (MIXED_BEFORE_HUNDRED_MILLION_HINT.test(text))
      text = text.replace(MIXED_BEFORE_HUNDRED_MILLION, (whole: string, number: string) =>
        mixedBeforeHundredMillion(whole, number, kept),
      );
    // A count in groups of three before it (4,050 億) is that number: 4050e8.
    text = text.replace(
      /(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)\s*([萬万億亿兆])/g,
      (_, n: string, m: string) => ` ${n.replace(/,/g, "")}${CHINESE_MULTIPLIERS[m]} `,
    );
  }
  // 一年半, 一個月半, 1年半 (a unit and a half): the half moves before the unit (一半年 is 1.5 years below).
  if (text.includes("半"))
    text = text.replace(UNIT_THEN_HALF, "$1$2半$3").replace(DIGITS_UNIT_HALF, digitsAndHalf);
  // A Chinese number before a time unit or a card is its count: 一個月 1 month, 兩週 2 weeks, 八張 8 GPUs.
  if (CHINESE_NUMERAL.test(text)) {
    text = text.replace(CHINESE_DURATION, chineseDuration);
    if (text.includes(MONTH_OF_YEAR)) text = text.replace(MONTH_NAME_REST, "$1");
  }
  // 兩台 8 卡 H100, 2 台機器各 8 張卡, 2 個 8 卡節點: machines or nodes of that many cards each, as
  // `2 nodes of 8 gpus` (the reader counts them and says so).
  if (text.includes("台") || text.includes("節點")) text = text.replace(NODES_OF_CARDS, nodesOfCards);
  // 幾個 H100 節點, 要幾台節點, 多少台機器 (how many nodes): the count asked, as `how many H100` is
  // (the plan says it in whole nodes of 8), never a node count left unsaid.
  if (text.includes("節點") || text.includes("機器") || text.includes("伺服器"))
    text = text.replace(HOW_MANY_NODES, (_: string, gpu: string) => ` how many ${gpu || "GPU"} `);
  // 每個使用者每秒 100 個 token, 每人每秒 50 token (each user, each second): serve's per-user= decode rate.
  // 每卡每秒 3000 token, 每張 GPU 每秒 3000 個 token (each card, each second): mfu's tokens-per-gpu=.
  if (text.includes("每秒"))
    text = text
      .replace(CHINESE_PER_SEQUENCE, " per-user=$1 ")
      .replace(CHINESE_PER_GPU_RATE, " tokens-per-gpu=$1 ")
      // 每秒 1000 個 token (1000 tokens a second, of no one in particular): a throughput, as `1000 tokens/s`.
      .replace(CHINESE_TOKENS_PER_SECOND, " $1 tokens/s ");
  // 每秒 5 個請求 (5 requests a second), 每分鐘 300 個請求: a request rate.
  if (text.includes("請求")) text = text.replace(CHINESE_RATE, chineseRate);
  // 每小時 $2, 每小時 2 美元 (per hour, before the price) is $2/h: dollars said after the number are
  // dollars still (never `2/h`, which serve reads as a request rate).
  // 每 GPU 小時 $2.5 (per GPU-hour, as Read as writes a price in Chinese) is 每小時 $2.5: every price is per GPU.
  if (text.includes("每") && text.includes("小時")) text = text.replace(PER_GPU_HOUR_WORDS, "每小時");
  if (text.includes("每小時")) text = text.replace(PER_HOUR_PRICE, perHourPrice);
  // 一小時 2 美元, 2 美元一小時 (dollars an hour): a price, not a duration of one hour.
  if (text.includes("美元") && text.includes("小時"))
    text = text.replace(AN_HOUR_PRICE, " $$$1/h ").replace(PRICE_AN_HOUR, " $$$1/h ");
  // 100 萬美元 (100e4 above) is $100e4: dollars before the number, as English writes them.
  if (text.includes("美元")) text = text.replace(DOLLARS_AFTER, " $$$1 ");
  if (text.includes("人")) text = text.replace(PEOPLE_COUNTED, "$1 users ");
  // Every word is Chinese and every replacement is not, so each run of Chinese characters is
  // rewritten on its own; a run that is one known word (most are) is looked up.
  // A run typed as an option's value (`gpu=不存在`, `mode=推論`) is one known word or kept as typed:
  // the words inside it are not read (在, `on`, was dropped from 不存在).
  text = text.replace(
    CHINESE_RUNS,
    (run: string, at: number, whole: string) =>
      WHOLE_RUNS.get(run) ?? (whole.charCodeAt(at - 1) === EQUALS ? run : chineseWords(run)),
  );
  // MFU 利用率 45% says the MFU twice (利用率 is `mfu` above): once, as `MFU 45%`.
  if (text.includes(" mfu ")) text = text.replace(MFU_TWICE, "$1");
  return kept.length === 0 ? text : text.replace(KEPT, (c) => kept[c.charCodeAt(0) - KEPT_FIRST] ?? c);
}

/** `MFU  mfu`: MFU typed before 利用率. */
const MFU_TWICE = /\b(mfu)\s+mfu\b/gi;

/** 幾個 H100 節點, 幾台節點, 多少台機器: how many nodes (of that GPU) are asked. */
const HOW_MANY_NODES =
  /(?:幾|多少)\s*[個台]?\s*((?:[a-z]{1,3}\d{2,4}[a-z]*s?)?)\s*(?:的\s*)?(?:節點|機器|伺服器)/gi;
/**
 * `2 台 8 卡`, `2 台機器各 8 張卡` (machines of cards each), `2 個 8 卡節點` (nodes of 8 cards),
 * `64 個節點、每節點 8 張`, `64 台、每台 8 張` (nodes, then the cards each holds: never a total,
 * `2 台每台 16 張` is 32 cards, as a DGX-2 holds 16).
 */
const NODES_OF_CARDS =
  /(\d+)\s*台\s*(?:機器|伺服器|主機|節點)?\s*(\d+)\s*(?:張卡|張|卡|顆)|(\d+)\s*個\s*(\d+)\s*(?:張卡|張|卡)\s*的?\s*節點|(\d+)\s*(?:個\s*(?:節點|機器|伺服器|主機)|台\s*(?:機器|伺服器|主機|節點)?|節點)\s*[,、，]?\s*(?:每\s*個?\s*節點|每\s*台(?:機器|伺服器|主機)?|各)\s*(?:各|有)?\s*(\d+)\s*(?:張卡|張|卡|顆)/g;
const nodesOfCards = (
  _: string,
  machines?: string,
  cards?: string,
  nodes?: string,
  perNode?: string,
  counted?: string,
  each?: string,
) => {
  if (counted !== undefined) return ` ${counted} nodes of ${each} gpus `;
  const count = Number(machines ?? nodes);
  const held = Number(cards ?? perNode);
  // `2台16卡`: more cards than a node holds (8, DGX/HGX) are the total over the machines.
  const total = machines !== undefined && held > GPUS_PER_NODE && held % count === 0;
  return ` ${count} nodes of ${total ? held / count : held} gpus `;
};

/** 會超過 100%, 超過 100 %: an exceeded percent (read only with 為什麼, or in a yes-no question). */
const EXCEEDS_PERCENT = /會?\s*超過\s*\d+(?:\.\d+)?\s*%/g;
const EXCEED_WORD = /\b(?:exceeds?|exceeding|surpass(?:es)?)\b/i;
/** exceed 100%, exceeds 100 %, surpass 60%. */
const EXCEEDS_PERCENT_EN = /\b(?:exceeds?|exceeding|surpass(?:es)?)\s+\d+(?:\.\d+)?\s*%/gi;
const MFU_WORD = /\bmfu\b|MFU/i;
/** 3x forward, 3 * forward pass, 3 × the forward passes, 3 倍 forward. */
const THREE_FORWARDS = /\b3\s*(?:[x*]|倍)\s*(?:the\s+)?forward(?:\s+pass(?:es)?)?\b/gi;
/** An English yes-no question: a question mark, or an opening would/does/is/can/will/could/did. */
const ASKS_WHETHER_EN = /\?|^\s*(?:would|does|do|is|can|will|could|did)\b/i;
/** A yes-no question: 嗎, 會不會, 是否, 有沒有, or a question mark. */
const ASKS_WHETHER = /嗎|會不會|是否|有沒有|[?？]/;
/** 有哪些 80GB 的卡, 哪些 80 GB 的 GPU, 哪些 24G 顯卡: the memory asked of the catalog's cards. */
const WHICH_CARDS_OF_MEMORY =
  /有?哪些\s*(?:記憶體|顯存)?\s*(\d+)\s*G[B]?\s*(?:記憶體|顯存)?\s*的?\s*(?:顯示卡|顯卡|卡|GPUs?)/gi;
/** 首 token 延遲, 首個 token 的延遲, 首 token latency. */
const FIRST_TOKEN_LATENCY = /首\s*個?\s*tokens?\s*(?:的\s*)?(?:延遲|latency)/gi;
/**
 * 多少 H100, 多少個 GPU, 多少 MI300X: a GPU counted (not its time: 多少 GPU 小時, 多少 H100 GPU 小時,
 * 多少 GPU-days, 多少 GPU 天).
 */
const HOW_MANY_GPUS =
  /多少\s*[個塊顆]?\s*((?:gpus?|[a-z]{1,3}\d{2,4}[a-z]*)s?)\b(?!\s*(?:gpus?\s*)?(?:-|hours?|hrs?|小時|時|天|days?|h\b))/gi;
/** 每小時 $2, 每小時 2 美元, 每小時 2; with a minus sign (每小時 -2 美元) kept for its refusal. */
const PER_HOUR_PRICE = /每小時\s*(-?)\s*(\$?)\s*(-?)\s*(\d[\d.]*)\s*(美元)?/g;
/** `每 GPU 小時`, `每 GPU-小時` before a price: per GPU-hour. */
const PER_GPU_HOUR_WORDS = /每\s*GPU\s*[-‑]?\s*小時(?=\s*\$?\s*\d)/gi;
const perHourPrice = (
  _: string,
  minus: string,
  sign: string,
  minusAfter: string,
  amount: string,
  usd: string | undefined,
): string => {
  const below = minus !== "" || minusAfter !== "" ? "-" : "";
  return sign !== "" || usd !== undefined ? ` ${below}$${amount}/h ` : ` ${below}${amount}/h `;
};
/** 多少 before a GPU's time (多少 GPU 小時, 多少 H100 GPU 小時, 多少 GPU-days, 多少 A100 天). */
const HOW_MANY_GPU_TIME =
  /多少\s*[個塊顆]?\s*(?=(?:gpus?|[a-z]{1,3}\d{2,4}[a-z]*)s?\s*(?:gpus?\s*)?(?:-|hours?|hrs?|小時|時|天|days?|h\b))/gi;
/**
 * 同時服務多少使用者, 可以服務幾位用戶, 最多多少人, 最多能同時服務幾個使用者: users asked (a count
 * would be digits).
 */
const HOW_MANY_USERS =
  /(?:最多\s*)?(?:能\s*|可以\s*)?(?:同時\s*)?(?:服務|支援)?\s*(?:最多)?\s*(?:多少|幾)\s*(?:個|位)?\s*(?:使用者|用戶|人)(?:\s*同時)?/g;
/** 最多幾個並發請求, 多少個同時連線: requests at once asked (never 每秒多少請求, a rate). */
const HOW_MANY_AT_ONCE = /(?:最多)?\s*(?:多少|幾)\s*個?\s*(?:並發|併發|同時)\s*(?:請求|使用者|用戶|連線)/g;
/** 多少 token, 多少個 tokens, 多少詞元 (its number left out: 多少 asks it). */
const HOW_MANY_TOKENS = /(?:多少|幾)\s*個?\s*tokens?(?![\w-])/gi;

/**
 * Simplified → Traditional for the characters of the words read here (one-to-one only: a character
 * with several Traditional forms, as 干 or 台, is left alone). 万 and 亿 are read as they are.
 */
const SIMPLIFIED: Record<string, string> = {
  训: "訓",
  练: "練",
  参: "參",
  数: "數",
  张: "張",
  显: "顯",
  几: "幾",
  调: "調",
  论: "論",
  务: "務",
  时: "時",
  间: "間",
  钟: "鐘",
  么: "麼",
  为: "為",
  样: "樣",
  较: "較",
  别: "別",
  异: "異",
  请: "請",
  问: "問",
  够: "夠",
  应: "應",
  该: "該",
  计: "計",
  帮: "幫",
  个: "個",
  币: "幣",
  欧: "歐",
  约: "約",
  总: "總",
  长: "長",
  权: "權",
  处: "處",
  启: "啟",
  层: "層",
  节: "節",
  点: "點",
  颗: "顆",
  过: "過",
  记: "記",
  忆: "憶",
  缓: "緩",
  内: "內",
  单: "單",
  进: "進",
  装: "裝",
  动: "動",
  迟: "遲",
  户: "戶",
  试: "試",
  话: "話",
  们: "們",
  钱: "錢",
  吗: "嗎",
  这: "這",
  还: "還",
  达: "達",
  两: "兩",
  际: "際",
  换: "換",
  块: "塊",
  机: "機",
  会: "會",
  实: "實",
  费: "費",
  价: "價",
  产: "產",
  输: "輸",
  规: "規",
  划: "劃",
  则: "則",
  释: "釋",
  线: "線",
  对: "對",
  于: "於",
  双: "雙",
  称: "稱",
  确: "確",
  认: "認",
  统: "統",
  优: "優",
  开: "開",
  从: "從",
  据: "據",
};

/** The line with its Simplified characters (SIMPLIFIED) made Traditional; the line itself when it has none. */
export function traditional(line: string): string {
  let out: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    const t = SIMPLIFIED[c];
    if (t !== undefined) out = (out ?? line.slice(0, i)) + t;
    else if (out !== undefined) out += c;
  }
  return out ?? line;
}

/** 哪張 GPU 最好, 哪個 GPU 最快, 哪一張卡最適合, 哪款顯卡最好: which GPU is best (fastest, most suited). */
const CHINESE_BEST_GPU =
  /哪\s*一?\s*(?:張|個|款|種|顆|片)?\s*(?:gpus?|顯示卡|顯卡|卡)\s*(?:是|會)?\s*最(?:好|快|適合|強|便宜)/gi;

/** A count of people (1000 人, 500 個人, 200 位人): users, as 使用者 is; 100 人民幣 is an amount of yuan. */
const PEOPLE_COUNTED = /(\d)\s*[個位]?\s*人(?!民幣)/g;
/** What PEOPLE_COUNTED writes, for `typedForm` (the table has 人 as filler). */
const PEOPLE_AS_USERS: [string, string] = ["人", " users "];

/**
 * Digits with 萬 (10⁴) and 千 or 百 in them, right before 億 (10⁸): 1.4萬億 (萬億 = 10¹², a trillion, as
 * 兆 is in Taiwan), 2 萬億, 1萬4千億 and 1萬4000億 (1.4 × 10¹²), 4千億 (4 × 10¹¹). Chinese numerals are
 * digits by now (一萬四千億 → 1萬4000億). Read by `mixedNumber`; anything it cannot read stays as typed.
 */
const MIXED_BEFORE_HUNDRED_MILLION =
  /(?<![\d.,])(\d+(?:\.\d+)?\s*[萬万千百][\d.萬万千百]*?)\s*(?=[億亿])[億亿]/g;
const MIXED_BEFORE_HUNDRED_MILLION_HINT = /[萬万千百]\s*[億亿]|[萬万]\s*\d+\s*千?\s*[億亿]/;
/** The number MIXED_BEFORE_HUNDRED_MILLION matched; one it cannot read, kept as typed when written together (1萬4億). */
const mixedBeforeHundredMillion = (whole: string, number: string, kept: string[]): string => {
  const n = mixedNumber(number);
  if (n !== undefined) return ` ${Number(n.toPrecision(12))}e8 `;
  return /\s/.test(whole) ? whole : keep(whole, kept);
};
const MIXED_UNITS: Record<string, number> = { 萬: 1e4, 万: 1e4, 千: 1e3, 百: 100 };
/**
 * `1.4萬` (14,000), `1萬4千` and `1萬4000` (14,000), `4千` (4,000): parts each with a smaller unit
 * than the one before; a decimal only in a number of one part; digits with no unit only last and
 * only as four digits after 萬 (`1萬4` is shorthand for 14,000 or 10,004: never guessed).
 */
export function mixedNumber(typed: string): number | undefined {
  const parts = [...typed.replace(/\s+/g, "").matchAll(/(\d+(?:\.\d+)?)([萬万千百]?)/g)];
  if (parts.map((part) => part[0]).join("") !== typed.replace(/\s+/g, "")) return undefined;
  let total = 0;
  let last = Number.POSITIVE_INFINITY;
  for (const [index, [, digits, unit]] of parts.entries()) {
    const value = Number(digits);
    if ((digits as string).includes(".") && parts.length > 1) return undefined;
    if (unit === "") {
      if (index !== parts.length - 1 || last !== 1e4 || (digits as string).length !== 4) return undefined;
      total += value;
      continue;
    }
    const size = MIXED_UNITS[unit as string] as number;
    if (size >= last) return undefined;
    total += value * size;
    last = size;
  }
  return total > 0 ? total : undefined;
}

/** 萬 10⁴, 億 10⁸, 兆 10¹² as powers of ten; no unit, 10⁰. */
const MULTIPLIER_POWERS: Record<string, number> = { 萬: 4, 万: 4, 億: 8, 亿: 8, 兆: 12, "": 0 };

/**
 * Digits and 兆/億/萬 with more digits right after (1兆4000億, 2兆5千億, 1億2000萬, 1萬2000, 3兆零2億,
 * 1萬4億, 1億2): what `joinedNumber` reads. Digits right before a letter (700億2T) are the next
 * word's, as typed.
 */
const JOINED_MULTIPLIERS =
  /(?<![\d.,])\d[\d.千百]*[萬万億亿兆](?:零?\d[\d.千百]*[萬万億亿兆]|零?\d+(?![\d.a-z]))+/gi;
const JOINED_HINT = /[萬万億亿兆]零?\d/;
/** 兩千, 兩千五百 right after 萬 (一萬兩千張, 1萬兩千): its thousands (no 萬, 億 or 兆 after them). */
const CHINESE_THOUSANDS_AFTER_MYRIAD =
  /(?<=\d[萬万])([一二兩三四五六七八九]千[零一二兩三四五六七八九十百]*)(?![零一二兩三四五六七八九十百千萬万億亿兆點])/g;
/** 萬 before 億 in one word (1萬4千億, 1萬4億): 萬億, which MIXED_BEFORE_HUNDRED_MILLION reads. */
const MYRIAD_BEFORE_HUNDRED_MILLION = /[萬万][^億亿兆]*[億亿]/;

/** One number of JOINED_MULTIPLIERS (`1.4e12 `), 萬億 left for its own step, or the text kept as typed. */
function joinedNumber(whole: string, kept: string[]): string {
  const number = compoundNumber(whole);
  if (number !== undefined) return ` ${number} `;
  return MYRIAD_BEFORE_HUNDRED_MILLION.test(whole) ? whole : keep(whole, kept);
}

/**
 * `1兆4000億` (1.4e12), `2兆5千億` (2.5e12), `1億2000萬` (1.2e8), `1萬2000` (1.2e4), `3兆零2億`: parts
 * with 兆, 億 or 萬, largest first, each after the first under 10⁴ (a 零 between parts says a part is
 * skipped, which the units say too); digits with no unit only last and after 萬, four of them or
 * after 零 (`1萬4` is shorthand for 14,000 or 10,004: never guessed). Whole numbers only. Written with
 * the first part's power of ten (`1.4e12`), as a number of one unit is (`700e8`); undefined for
 * anything else.
 */
function compoundNumber(typed: string): string | undefined {
  const parts = [...typed.matchAll(/(零?)(\d[\d.千百]*)([萬万億亿兆]?)/g)];
  if (parts.length < 2 || parts.map((part) => part[0]).join("") !== typed) return undefined;
  let total = 0;
  let last = Number.POSITIVE_INFINITY;
  for (const [index, [, zero, digits, unit]] of parts.entries()) {
    const count = /^\d+$/.test(digits as string) ? Number(digits) : mixedNumber(digits as string);
    const power = MULTIPLIER_POWERS[unit as string] as number;
    if (count === undefined || !Number.isInteger(count) || power >= last) return undefined;
    if (index > 0 && count >= 1e4) return undefined;
    if (power === 0 && (last !== 4 || (zero === "" && (digits as string).length !== 4))) return undefined;
    total += count * 10 ** power;
    last = power;
  }
  const first = MULTIPLIER_POWERS[parts[0]?.[3] as string] as number;
  return `${Number((total / 10 ** first).toPrecision(12))}e${first}`;
}

/** The noncharacters standing for numbers kept as typed (none is ever typed in a chat). */
const KEPT_FIRST = 0xfdd0;
const KEPT_LAST = 0xfdef;
const KEPT = /[\ufdd0-\ufdef]/g;
/** `whole` kept as typed, a placeholder of its own until the line's words are read (all 32 used: as it is). */
function keep(whole: string, kept: string[]): string {
  if (kept.length > KEPT_LAST - KEPT_FIRST) return whole;
  kept.push(whole);
  return ` ${String.fromCharCode(KEPT_FIRST + kept.length - 1)} `;
}

const HALF_BEFORE_MULTIPLIER = /(?<![零一二兩三四五六七八九十百千\d])半(?=\s*[萬万億亿兆])/g;

/** 一小時 2 美元, 一個小時 $2 美元 (its 一 may already be 1): an amount in dollars for an hour. */
const AN_HOUR_PRICE = /(?:一|(?<![\d.])1\s*)個?\s*小時\s*\$?\s*(\d+(?:\.\d+)?)\s*美元/g;
/** 2 美元一小時, 2 美元/小時. */
const PRICE_AN_HOUR = /\$?\s*(\d+(?:\.\d+)?)\s*美元\s*(?:(?:一|1(?![\d.]))\s*個?|\/)\s*小時/g;

const DOLLARS_AFTER = /(?<![\d.])(\d+(?:\.\d+)?(?:e\d+)?)\s*美元/g;

const CHINESE_RUNS = /[\u3100-\u312f\u3400-\u9fff]+/g;
const EQUALS = 61;

const CHINESE_RATE = /每\s*(秒|分鐘|小時)\s*(\d+(?:\.\d+)?)\s*個?\s*請求/g;
const CHINESE_PER: Record<string, string> = { 秒: "s", 分鐘: "min", 小時: "h" };
const chineseRate = (_: string, per: string, count: string) => ` ${count} req/${CHINESE_PER[per]} `;

/** A Chinese number, a time unit, then 半 (一年半 is a year and a half); a month needs 個 (三月 is March). */
const UNIT_THEN_HALF = /([一二兩三四五六七八九十]+)(個)?(年|天|小時|週|周|星期|禮拜|個月)半/g;
/** The same after digits: 1年半, 2 個月半. */
const DIGITS_UNIT_HALF = /(?<!\d)(\d+)\s*(年|天|小時|週|周|星期|禮拜|個月)半/g;
const digitsAndHalf = (_: string, count: string, unit: string) => ` ${Number(count) + 0.5} ${unit}`;

/** 每(個|位)使用者/用戶/人/序列/請求 每秒 N (個) token/詞元: a decode rate each sequence gets. */
const CHINESE_PER_SEQUENCE =
  /每\s*(?:個|位)?\s*(?:使用者|用戶|人|序列|請求|對話)\s*每秒\s*(?:生成|產生|輸出)?\s*(\d+(?:\.\d+)?)\s*(?:個)?\s*(?:tokens?|token|詞元)/gi;
/** 每卡/每張(卡|GPU)/每顆 每秒 N (個) token: a training throughput of each GPU. */
const CHINESE_PER_GPU_RATE =
  /每\s*(?:張|卡|顆)\s*(?:卡|GPU|顯示卡|顯卡)?\s*每秒\s*(?:生成|產生|處理|訓練)?\s*(\d+(?:\.\d+)?k?)\s*(?:個)?\s*(?:tokens?|token|詞元)/gi;
/** 每秒 N (個) token/詞元, after the per-sequence and per-GPU forms: a throughput typed. */
const CHINESE_TOKENS_PER_SECOND =
  /每秒\s*(?:生成|產生|處理|訓練)?\s*(\d+(?:\.\d+)?(?:e\d+)?k?)\s*(?:個)?\s*(?:tokens?|詞元)/gi;
const CHINESE_NUMERAL = /[一二兩三四五六七八九十百千半]/;
/**
 * A Chinese number before a multiplier (七百億 700e8, 兩兆 2e12, 一千萬 1e7): written in digits so the
 * multiplier step reads it. The look behind starts a match only at a run's first numeral (linear).
 */
const CHINESE_BEFORE_MULTIPLIER =
  /(?<![零一二兩三四五六七八九十百千])([零一二兩三四五六七八九十百千]+)\s*(?=[萬万億亿兆])/g;
/** A Chinese decimal before a multiplier: 一點四兆 (1.4e12), 二點五億, 零點五兆. */
const CHINESE_DECIMAL_BEFORE_MULTIPLIER =
  /(?<![零一二兩三四五六七八九十百千])([零一二兩三四五六七八九十百千]+)點([零一二三四五六七八九]+)\s*(?=[萬万億亿兆])/g;
const chineseDecimal = (whole: string, numeral: string, fraction: string) => {
  const n = numeral === "零" ? 0 : chineseNumber(numeral);
  if (n === undefined) return whole;
  return `${n}.${[...fraction].map((c) => (c === "零" ? 0 : CHINESE_DIGITS[c])).join("")}`;
};
const chineseBeforeMultiplier = (whole: string, numeral: string) => {
  const n = chineseNumber(numeral);
  return n === undefined ? whole : String(n);
};
/**
 * A Chinese number (一 to 九十九), or 半 (half), before a time unit: 一個月, 兩週, 兩個星期, 三天,
 * 三十天, 一個半月 (1.5), 半年; and before a card counter, a GPU count (八張 H100 is 8 H100s). A month
 * takes 個 (三月 is March, not three months).
 */
const CHINESE_DURATION =
  /(?:(?<![零一二兩三四五六七八九十百千])([零一二兩三四五六七八九十百千]+)(個)?(半)?|(半))(個)?(?=週|周|星期|禮拜|天|小時|鐘頭|分鐘|年|月|張|顆|片|台|卡)/g;
/** What a deadline said as a date may start with (DATE_DEADLINE). */
const MAY_BE_DATE = /\b(?:by|before|until|till|end)\b/i;
const DATE_WORD =
  "q[1-4]|h[12]|eo[yqm]|(?:this|next)\\s+(?:quarter|month|year)|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec";
/**
 * `by end of Q1`, `before the end of the quarter`, `by March 2026`, `until EOY`, `end of Q2`: a date, not a
 * length of time (`may` is left out: `by may` is too rarely the month to refuse a line for it).
 */
const BY_DATE = "(?:by|before|until|till)\\s+(?:the\\s+)?";
const PART_OF = "(?:end|start|beginning|middle)\\s+of\\s+(?:the\\s+)?";
const DATE_DEADLINE = new RegExp(
  `\\b(?:(?:${BY_DATE}(?:${PART_OF})?|end\\s+of\\s+(?:the\\s+)?)(?:${DATE_WORD})|(?:${BY_DATE})?${PART_OF}(?:quarter|month|year))(?:\\s+(?:20\\d\\d|'\\d\\d))?\\b`,
  "gi",
);
/** 年底前, 季末前, 第一季前, Q1 前, 月底前: a date, as DATE_DEADLINE (三月, a month's name, is read elsewhere). */
const DATE_DEADLINE_ZH =
  /(?:在\s*)?(?:年底|年末|季末|月底|第[一二三四1-4]季(?:結束|底)?|q[1-4]\s*(?:結束)?)\s*(?:之)?前/gi;
/**
 * The reader's word for a date deadline: `date#` and the phrase as typed, each UTF-16 unit as four
 * hex digits (one ASCII word that no later step rewrites: 年 would become `years`, a `-` a minus).
 */
export const DEADLINE_DATE = "date#";
const dateMarker = (phrase: string) => {
  let hex = "";
  for (const unit of phrase.trim()) hex += unit.charCodeAt(0).toString(16).padStart(4, "0");
  return ` ${DEADLINE_DATE}${hex} `;
};
/** The phrase a `date#` word was made of (dateMarker), as typed. */
export const dateOfMarker = (word: string): string =>
  String.fromCharCode(
    ...(word.slice(DEADLINE_DATE.length).match(/[0-9a-f]{4}/gi) ?? []).map((unit) =>
      Number.parseInt(unit, 16),
    ),
  );

/** A month of the year as the reader sees it (`month#3` for 三月, whose 月 is then dropped). */
export const MONTH_OF_YEAR = "month#";
const MONTH_NAME_REST = /(month#\d+ )月/g;

const CHINESE_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * 一 → 1, 十 → 10, 十二 → 12, 三十五 → 35, 七百 → 700, 一千 → 1000, 兩千零四十八 → 2048, 三百五
 * → 350 (the colloquial tens after 百); undefined for anything else (一二, 十十). One pass.
 */
export function chineseNumber(numeral: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Number.POSITIVE_INFINITY;
  let zero = false;
  for (const ch of numeral) {
    if (ch === "零") {
      if (digit !== undefined) return undefined;
      zero = true;
      continue;
    }
    const d = CHINESE_DIGITS[ch];
    if (d !== undefined) {
      if (digit !== undefined) return undefined;
      digit = d;
      continue;
    }
    const unit = CHINESE_UNITS[ch];
    if (unit === undefined || unit >= lastUnit) return undefined;
    // 十 alone first is ten (十二); any other unit needs its digit (百 alone is no number here).
    const count = digit ?? (unit === 10 && total === 0 ? 1 : undefined);
    if (count === undefined) return undefined;
    total += count * unit;
    digit = undefined;
    lastUnit = unit;
    zero = false;
  }
  if (digit !== undefined)
    total +=
      !zero && lastUnit >= 100 && lastUnit < Number.POSITIVE_INFINITY ? (digit * lastUnit) / 10 : digit;
  return total > 0 ? total : undefined;
}

function chineseDuration(
  whole: string,
  numeral: string | undefined,
  counter: string | undefined,
  andHalf: string | undefined,
  half: string | undefined,
  counterAfter: string | undefined,
  offset: number,
  text: string,
): string {
  // 月 alone after the number is a month of the year (三月, March): only 個月 or 半個月 is a duration.
  const month = text.startsWith("月", offset + whole.length);
  const count = half ? 0.5 : numeral === undefined ? undefined : chineseNumber(numeral);
  if (month && counter === undefined && counterAfter === undefined) {
    // Kept as a month of the year (`month#3`, 三月 without its 月), refused by the reader with 三個月 suggested.
    return !half && andHalf === undefined && count !== undefined && count >= 1 && count <= 12
      ? ` ${MONTH_OF_YEAR}${count} `
      : whole;
  }
  if (count === undefined) return whole;
  // 個 stays before 月 (個月 is months); before any other unit it only counted.
  return ` ${andHalf ? count + 0.5 : count} ${month ? "個" : ""}`;
}

/** One run of Chinese characters with its known words made English, longest first. */
function chineseWords(run: string): string {
  // 要多久阿: 阿 typed for 啊 at the end of a question (never inside a name, 阿里).
  let text = run.length > 1 && run.endsWith("阿") ? run.slice(0, -1) : run;
  for (const [word, english] of BY_LENGTH) if (text.includes(word)) text = text.split(word).join(english);
  // Any other run of Chinese characters stands apart as its own word (needed, 需要, 幾張, ...).
  return text.replace(/([\u3100-\u312f\u3400-\u9fff]+)/g, " $1 ");
}

/**
 * Each known word typed as a whole run, rewritten once from the table; and 對 ("for": 50% MFU 對 70B
 * 合理嗎, 對 H100 來說), filler only as a run of its own: inside one it is part of another word (不對, a
 * correction; 相對, 絕對, 對齊), so it is not in the table.
 */
const WHOLE_RUNS = new Map<string, string>(CHINESE_WORDS.map(([word]) => [word, chineseWords(word)]));
WHOLE_RUNS.set("對", " ");

/** A number the multiplier step wrote (`3084e4`), and the multipliers of each power. */
const CHINESE_EXPONENT = /^(\d+(?:\.\d+)?)e(4|8|12)$/;
const MULTIPLIERS_BY_POWER: Record<string, string[]> = { "4": ["萬", "万"], "8": ["億", "亿"], "12": ["兆"] };

/** Digits (ASCII or full-width) and Chinese numerals around 萬, 億 or 兆, as typed (一兆四千億, 1萬4億, 七百億). */
const CHINESE_NUMBER_RUNS =
  /[\d\uff10-\uff19.,零〇一二兩两三四五六七八九十百千點点半]*[萬万億亿兆][\d\uff10-\uff19.,零〇一二兩两三四五六七八九十百千萬万億亿兆點点]*/g;

/** Each English word the table writes → the Chinese words written as it (`days` ← 天), made when first asked. */
let sources: Map<string, string[]> | undefined;

/**
 * The word as the user typed it: a word the line holds as typed, else the Chinese word that was
 * read as it (`天` for `days`), so an error never names a word the user did not type.
 */
export function typedForm(word: string, line: string): string {
  const lower = word.toLowerCase();
  if (line.toLowerCase().includes(lower)) return word;
  // Several words (`H100 days`, a name read with the word after it): each as typed.
  if (word.includes(" "))
    return word
      .split(" ")
      .map((piece) => typedForm(piece, line))
      .join(" ");
  // A number with a Chinese multiplier made an exponent (3084 萬 → 3084e4): as typed.
  const exponent = CHINESE_EXPONENT.exec(word);
  if (exponent) {
    const [, n, power] = exponent as unknown as [string, string, string];
    for (const multiplier of MULTIPLIERS_BY_POWER[power] ?? []) {
      for (const form of [`${n} ${multiplier}`, `${n}${multiplier}`]) if (line.includes(form)) return form;
    }
  }
  // A number written in Chinese numerals or in parts (一兆四千億 read as 1.4e12, 一萬四億 kept as 1萬4億):
  // the run of the line it was read from.
  if (MULTIPLIER.test(line)) {
    for (const run of line.match(CHINESE_NUMBER_RUNS) ?? [])
      if (unicodeForms(run).split(" ").includes(word)) return run;
  }
  if (word === "flops-per-token") {
    const typed = line.match(FLOPS_PER_TOKEN)?.[0] ?? line.match(CHINESE_FLOPS_PER_TOKEN)?.[0];
    if (typed !== undefined) return typed.trim();
  }
  // `zero-2` read from `zero 2`, `ZeRO stage 2`: as typed.
  const stage = /^zero-([0-3])$/i.exec(word)?.[1];
  if (stage !== undefined) {
    const typed = line.match(SPACED_ZERO_STAGE)?.find((form) => form.endsWith(stage));
    if (typed !== undefined) return typed;
  }
  if (sources === undefined) {
    sources = new Map();
    for (const [chinese, english] of [...CHINESE_WORDS, PEOPLE_AS_USERS]) {
      const key = english.trim().toLowerCase();
      if (key !== "") sources.set(key, [...(sources.get(key) ?? []), chinese]);
    }
  }
  const found = sources.get(lower)?.find((chinese) => line.includes(chinese));
  if (found !== undefined) return found;
  // A word typed in Simplified characters (训练 read as 訓練): quoted as typed, one character for one.
  const read = traditional(line);
  if (read === line) return word;
  const chinese = sources.get(lower)?.find((c) => read.includes(c));
  if (chinese === undefined) return word;
  const at = read.indexOf(chinese);
  return line.slice(at, at + chinese.length);
}
