const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/claims-workspace-view.element-Cf8opKsp.js","assets/values-CYpdrG_n.js","assets/focus-DmTq8DS6.js","assets/article-audit-DaWURovC.js","assets/content-source-D8sgDXkJ.js","assets/claim-block-view.element-D_2jpw2l.js","assets/cta-block-view.element-CyZ-_bDO.js","assets/clinics-dashboard.element-DsEL6BFT.js"])))=>i.map(i=>d[i]);
(function(){const e=document.createElement("link").relList;if(e&&e.supports&&e.supports("modulepreload"))return;for(const r of document.querySelectorAll('link[rel="modulepreload"]'))s(r);new MutationObserver(r=>{for(const n of r)if(n.type==="childList")for(const o of n.addedNodes)o.tagName==="LINK"&&o.rel==="modulepreload"&&s(o)}).observe(document,{childList:!0,subtree:!0});function t(r){const n={};return r.integrity&&(n.integrity=r.integrity),r.referrerPolicy&&(n.referrerPolicy=r.referrerPolicy),r.crossOrigin==="use-credentials"?n.credentials="include":r.crossOrigin==="anonymous"?n.credentials="omit":n.credentials="same-origin",n}function s(r){if(r.ep)return;r.ep=!0;const n=t(r);fetch(r.href,n)}})();const vu=globalThis,Ff=vu.ShadowRoot&&(vu.ShadyCSS===void 0||vu.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Wf=Symbol(),rg=new WeakMap;let Ky=class{constructor(e,t,s){if(this._$cssResult$=!0,s!==Wf)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o;const t=this.t;if(Ff&&e===void 0){const s=t!==void 0&&t.length===1;s&&(e=rg.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),s&&rg.set(t,e))}return e}toString(){return this.cssText}};const mr=i=>new Ky(typeof i=="string"?i:i+"",void 0,Wf),g=(i,...e)=>{const t=i.length===1?i[0]:e.reduce((s,r,n)=>s+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(r)+i[n+1],i[0]);return new Ky(t,i,Wf)},PE=(i,e)=>{if(Ff)i.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const t of e){const s=document.createElement("style"),r=vu.litNonce;r!==void 0&&s.setAttribute("nonce",r),s.textContent=t.cssText,i.appendChild(s)}},ng=Ff?i=>i:i=>i instanceof CSSStyleSheet?(e=>{let t="";for(const s of e.cssRules)t+=s.cssText;return mr(t)})(i):i;const{is:SE,defineProperty:AE,getOwnPropertyDescriptor:IE,getOwnPropertyNames:OE,getOwnPropertySymbols:UE,getPrototypeOf:DE}=Object,th=globalThis,og=th.trustedTypes,RE=og?og.emptyScript:"",ME=th.reactiveElementPolyfillSupport,xa=(i,e)=>i,zu={toAttribute(i,e){switch(e){case Boolean:i=i?RE:null;break;case Object:case Array:i=i==null?i:JSON.stringify(i)}return i},fromAttribute(i,e){let t=i;switch(e){case Boolean:t=i!==null;break;case Number:t=i===null?null:Number(i);break;case Object:case Array:try{t=JSON.parse(i)}catch{t=null}}return t}},Gf=(i,e)=>!SE(i,e),ag={attribute:!0,type:String,converter:zu,reflect:!1,useDefault:!1,hasChanged:Gf};Symbol.metadata??=Symbol("metadata"),th.litPropertyMetadata??=new WeakMap;let In=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=ag){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){const s=Symbol(),r=this.getPropertyDescriptor(e,s,t);r!==void 0&&AE(this.prototype,e,r)}}static getPropertyDescriptor(e,t,s){const{get:r,set:n}=IE(this.prototype,e)??{get(){return this[t]},set(o){this[t]=o}};return{get:r,set(o){const a=r?.call(this);n?.call(this,o),this.requestUpdate(e,a,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??ag}static _$Ei(){if(this.hasOwnProperty(xa("elementProperties")))return;const e=DE(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(xa("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(xa("properties"))){const t=this.properties,s=[...OE(t),...UE(t)];for(const r of s)this.createProperty(r,t[r])}const e=this[Symbol.metadata];if(e!==null){const t=litPropertyMetadata.get(e);if(t!==void 0)for(const[s,r]of t)this.elementProperties.set(s,r)}this._$Eh=new Map;for(const[t,s]of this.elementProperties){const r=this._$Eu(t,s);r!==void 0&&this._$Eh.set(r,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const t=[];if(Array.isArray(e)){const s=new Set(e.flat(1/0).reverse());for(const r of s)t.unshift(ng(r))}else e!==void 0&&t.push(ng(e));return t}static _$Eu(e,t){const s=t.attribute;return s===!1?void 0:typeof s=="string"?s:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,t=this.constructor.elementProperties;for(const s of t.keys())this.hasOwnProperty(s)&&(e.set(s,this[s]),delete this[s]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return PE(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,s){this._$AK(e,s)}_$ET(e,t){const s=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,s);if(r!==void 0&&s.reflect===!0){const n=(s.converter?.toAttribute!==void 0?s.converter:zu).toAttribute(t,s.type);this._$Em=e,n==null?this.removeAttribute(r):this.setAttribute(r,n),this._$Em=null}}_$AK(e,t){const s=this.constructor,r=s._$Eh.get(e);if(r!==void 0&&this._$Em!==r){const n=s.getPropertyOptions(r),o=typeof n.converter=="function"?{fromAttribute:n.converter}:n.converter?.fromAttribute!==void 0?n.converter:zu;this._$Em=r;const a=o.fromAttribute(t,n.type);this[r]=a??this._$Ej?.get(r)??a,this._$Em=null}}requestUpdate(e,t,s,r=!1,n){if(e!==void 0){const o=this.constructor;if(r===!1&&(n=this[e]),s??=o.getPropertyOptions(e),!((s.hasChanged??Gf)(n,t)||s.useDefault&&s.reflect&&n===this._$Ej?.get(e)&&!this.hasAttribute(o._$Eu(e,s))))return;this.C(e,t,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,t,{useDefault:s,reflect:r,wrapped:n},o){s&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,o??t??this[e]),n!==!0||o!==void 0)||(this._$AL.has(e)||(this.hasUpdated||s||(t=void 0),this._$AL.set(e,t)),r===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}const e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[r,n]of this._$Ep)this[r]=n;this._$Ep=void 0}const s=this.constructor.elementProperties;if(s.size>0)for(const[r,n]of s){const{wrapped:o}=n,a=this[r];o!==!0||this._$AL.has(r)||a===void 0||this.C(r,void 0,n,a)}}let e=!1;const t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(t)):this._$EM()}catch(s){throw e=!1,this._$EM(),s}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(e){}firstUpdated(e){}};In.elementStyles=[],In.shadowRootOptions={mode:"open"},In[xa("elementProperties")]=new Map,In[xa("finalized")]=new Map,ME?.({ReactiveElement:In}),(th.reactiveElementVersions??=[]).push("2.1.2");const Yf=globalThis,lg=i=>i,Vu=Yf.trustedTypes,ug=Vu?Vu.createPolicy("lit-html",{createHTML:i=>i}):void 0,Xy="$lit$",qs=`lit$${Math.random().toFixed(9).slice(2)}$`,Zy="?"+qs,LE=`<${Zy}>`,Xr=document,Na=()=>Xr.createComment(""),za=i=>i===null||typeof i!="object"&&typeof i!="function",Kf=Array.isArray,NE=i=>Kf(i)||typeof i?.[Symbol.iterator]=="function",Od=`[ 	
\f\r]`,ea=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,cg=/-->/g,hg=/>/g,Dr=RegExp(`>|${Od}(?:([^\\s"'>=/]+)(${Od}*=${Od}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),dg=/'/g,pg=/"/g,Jy=/^(?:script|style|textarea|title)$/i,Qy=i=>(e,...t)=>({_$litType$:i,strings:e,values:t}),c=Qy(1),U=Qy(2),ot=Symbol.for("lit-noChange"),w=Symbol.for("lit-nothing"),fg=new WeakMap,Hr=Xr.createTreeWalker(Xr,129);function e0(i,e){if(!Kf(i)||!i.hasOwnProperty("raw"))throw Error("invalid template strings array");return ug!==void 0?ug.createHTML(e):e}const zE=(i,e)=>{const t=i.length-1,s=[];let r,n=e===2?"<svg>":e===3?"<math>":"",o=ea;for(let a=0;a<t;a++){const l=i[a];let h,d,f=-1,v=0;for(;v<l.length&&(o.lastIndex=v,d=o.exec(l),d!==null);)v=o.lastIndex,o===ea?d[1]==="!--"?o=cg:d[1]!==void 0?o=hg:d[2]!==void 0?(Jy.test(d[2])&&(r=RegExp("</"+d[2],"g")),o=Dr):d[3]!==void 0&&(o=Dr):o===Dr?d[0]===">"?(o=r??ea,f=-1):d[1]===void 0?f=-2:(f=o.lastIndex-d[2].length,h=d[1],o=d[3]===void 0?Dr:d[3]==='"'?pg:dg):o===pg||o===dg?o=Dr:o===cg||o===hg?o=ea:(o=Dr,r=void 0);const _=o===Dr&&i[a+1].startsWith("/>")?" ":"";n+=o===ea?l+LE:f>=0?(s.push(h),l.slice(0,f)+Xy+l.slice(f)+qs+_):l+qs+(f===-2?a:_)}return[e0(i,n+(i[t]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),s]};let wp=class t0{constructor({strings:e,_$litType$:t},s){let r;this.parts=[];let n=0,o=0;const a=e.length-1,l=this.parts,[h,d]=zE(e,t);if(this.el=t0.createElement(h,s),Hr.currentNode=this.el.content,t===2||t===3){const f=this.el.content.firstChild;f.replaceWith(...f.childNodes)}for(;(r=Hr.nextNode())!==null&&l.length<a;){if(r.nodeType===1){if(r.hasAttributes())for(const f of r.getAttributeNames())if(f.endsWith(Xy)){const v=d[o++],_=r.getAttribute(f).split(qs),T=/([.?@])?(.*)/.exec(v);l.push({type:1,index:n,name:T[2],strings:_,ctor:T[1]==="."?BE:T[1]==="?"?jE:T[1]==="@"?qE:sh}),r.removeAttribute(f)}else f.startsWith(qs)&&(l.push({type:6,index:n}),r.removeAttribute(f));if(Jy.test(r.tagName)){const f=r.textContent.split(qs),v=f.length-1;if(v>0){r.textContent=Vu?Vu.emptyScript:"";for(let _=0;_<v;_++)r.append(f[_],Na()),Hr.nextNode(),l.push({type:2,index:++n});r.append(f[v],Na())}}}else if(r.nodeType===8)if(r.data===Zy)l.push({type:2,index:n});else{let f=-1;for(;(f=r.data.indexOf(qs,f+1))!==-1;)l.push({type:7,index:n}),f+=qs.length-1}n++}}static createElement(e,t){const s=Xr.createElement("template");return s.innerHTML=e,s}};function Zn(i,e,t=i,s){if(e===ot)return e;let r=s!==void 0?t._$Co?.[s]:t._$Cl;const n=za(e)?void 0:e._$litDirective$;return r?.constructor!==n&&(r?._$AO?.(!1),n===void 0?r=void 0:(r=new n(i),r._$AT(i,t,s)),s!==void 0?(t._$Co??=[])[s]=r:t._$Cl=r),r!==void 0&&(e=Zn(i,r._$AS(i,e.values),r,s)),e}class VE{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:t},parts:s}=this._$AD,r=(e?.creationScope??Xr).importNode(t,!0);Hr.currentNode=r;let n=Hr.nextNode(),o=0,a=0,l=s[0];for(;l!==void 0;){if(o===l.index){let h;l.type===2?h=new ih(n,n.nextSibling,this,e):l.type===1?h=new l.ctor(n,l.name,l.strings,this,e):l.type===6&&(h=new HE(n,this,e)),this._$AV.push(h),l=s[++a]}o!==l?.index&&(n=Hr.nextNode(),o++)}return Hr.currentNode=Xr,r}p(e){let t=0;for(const s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(e,s,t),t+=s.strings.length-2):s._$AI(e[t])),t++}}let ih=class i0{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,s,r){this.type=2,this._$AH=w,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=s,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=Zn(this,e,t),za(e)?e===w||e==null||e===""?(this._$AH!==w&&this._$AR(),this._$AH=w):e!==this._$AH&&e!==ot&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):NE(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==w&&za(this._$AH)?this._$AA.nextSibling.data=e:this.T(Xr.createTextNode(e)),this._$AH=e}$(e){const{values:t,_$litType$:s}=e,r=typeof s=="number"?this._$AC(e):(s.el===void 0&&(s.el=wp.createElement(e0(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===r)this._$AH.p(t);else{const n=new VE(r,this),o=n.u(this.options);n.p(t),this.T(o),this._$AH=n}}_$AC(e){let t=fg.get(e.strings);return t===void 0&&fg.set(e.strings,t=new wp(e)),t}k(e){Kf(this._$AH)||(this._$AH=[],this._$AR());const t=this._$AH;let s,r=0;for(const n of e)r===t.length?t.push(s=new i0(this.O(Na()),this.O(Na()),this,this.options)):s=t[r],s._$AI(n),r++;r<t.length&&(this._$AR(s&&s._$AB.nextSibling,r),t.length=r)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){const s=lg(e).nextSibling;lg(e).remove(),e=s}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},sh=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,s,r,n){this.type=1,this._$AH=w,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=n,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=w}_$AI(e,t=this,s,r){const n=this.strings;let o=!1;if(n===void 0)e=Zn(this,e,t,0),o=!za(e)||e!==this._$AH&&e!==ot,o&&(this._$AH=e);else{const a=e;let l,h;for(e=n[0],l=0;l<n.length-1;l++)h=Zn(this,a[s+l],t,l),h===ot&&(h=this._$AH[l]),o||=!za(h)||h!==this._$AH[l],h===w?e=w:e!==w&&(e+=(h??"")+n[l+1]),this._$AH[l]=h}o&&!r&&this.j(e)}j(e){e===w?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},BE=class extends sh{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===w?void 0:e}},jE=class extends sh{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==w)}},qE=class extends sh{constructor(e,t,s,r,n){super(e,t,s,r,n),this.type=5}_$AI(e,t=this){if((e=Zn(this,e,t,0)??w)===ot)return;const s=this._$AH,r=e===w&&s!==w||e.capture!==s.capture||e.once!==s.once||e.passive!==s.passive,n=e!==w&&(s===w||r);r&&this.element.removeEventListener(this.name,this,s),n&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}};class HE{constructor(e,t,s){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(e){Zn(this,e)}}const FE={I:ih},WE=Yf.litHtmlPolyfillSupport;WE?.(wp,ih),(Yf.litHtmlVersions??=[]).push("3.3.3");const s0=(i,e,t)=>{const s=t?.renderBefore??e;let r=s._$litPart$;if(r===void 0){const n=t?.renderBefore??null;s._$litPart$=r=new ih(e.insertBefore(Na(),n),n,void 0,t??{})}return r._$AI(i),r};const Xf=globalThis;let O=class extends In{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=s0(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return ot}};O._$litElement$=!0,O.finalized=!0,Xf.litElementHydrateSupport?.({LitElement:O});const GE=Xf.litElementPolyfillSupport;GE?.({LitElement:O});(Xf.litElementVersions??=[]).push("4.2.2");var YE=`.uui-h1,
.uui-h2,
.uui-h3,
.uui-h4,
.uui-h5,
.uui-a,
.uui-p,
.uui-p-lead,
.uui-small,
.uui-quoteblock,
.uui-ul,
.uui-ol,
.uui-text {
  font-family: 'Lato', 'Helvetica Neue', Helvetica, Arial, sans-serif;
  font-size: 14px;
  line-height: 21px;
  -webkit-font-smoothing: antialiased;
}

.uui-text h1,
.uui-h1.uui-h1 {
  font-size: var(--uui-type-h1-size,60px);
  line-height: var(--uui-size-layout-4,66px);
  font-weight: 300;
  margin-left: -5px;
  margin-top: var(--uui-size-layout-1,24px);
  margin-bottom: var(--uui-size-layout-1,24px);
}

.uui-text p + h1,
.uui-text p + .uui-h1 {
  margin-top: var(--uui-size-layout-4,66px);
}

.uui-text h1.--no-top-margin,
.uui-text h1:first-child,
.uui-h1.--no-top-margin,
.uui-h1:first-child {
  margin-top: 0;
}

.uui-text h2,
.uui-h2.uui-h2 {
  font-size: var(--uui-type-h2-size,42px);
  line-height: var(--uui-size-layout-3,42px);
  font-weight: 300;
  margin-left: -3px;
  margin-top: var(--uui-size-layout-1,24px);
  margin-bottom: var(--uui-size-layout-1,24px);
}

.uui-text p + h2,
.uui-text p + .uui-h2 {
  margin-top: var(--uui-size-layout-3,42px);
}

.uui-text h2.--no-top-margin,
.uui-text h2:first-child,
.uui-h2.--no-top-margin,
.uui-h2:first-child {
  margin-top: 0;
}

.uui-text h3,
.uui-h3.uui-h3 {
  font-size: var(--uui-type-h3-size,30px);
  line-height: var(--uui-size-large);
  font-weight: 300;
  margin-left: -2px;
  margin-top: var(--uui-size-layout-1,24px);
  margin-bottom: var(--uui-size-layout-1,24px);
}

.uui-text h3.--no-top-margin,
.uui-text h3:first-child,
.uui-h3.--no-top-margin,
.uui-h3:first-child {
  margin-top: 0;
}

.uui-text h4,
.uui-h4.uui-h4 {
  font-size: var(--uui-type-h4-size,21px);
  line-height: 21px;
  font-weight: 400;
  margin-left: -1px;
  margin-top: var(--uui-size-layout-1,24px);
  margin-bottom: var(--uui-size-layout-1,24px);
}

.uui-text h4.--no-top-margin,
.uui-text h4:first-child,
.uui-h4.--no-top-margin,
.uui-h4:first-child {
  margin-top: 0;
}

.uui-text h5,
.uui-h5.uui-h5 {
  font-size: var(--uui-type-h5-size,14px);
  line-height: inherit;
  font-weight: 700;
  margin-left: 0;
  margin-top: var(--uui-size-layout-1,24px);
  margin-bottom: 0;
}

.uui-text h5.--no-top-margin,
.uui-text h5:first-child,
.uui-h5.--no-top-margin,
.uui-h5:first-child {
  margin-top: 0;
}

.uui-p,
.uui-text p {
  margin-top: var(--uui-size-layout-1,24px);
  margin-bottom: var(--uui-size-layout-1,24px);
}

.uui-p-lead,
.uui-text p.uui-lead {
  font-size: var(--uui-size-6,18px);
  line-height: var(--uui-size-8,24px);
}

.uui-a,
.uui-text a {
  color: var(--uui-color-interactive,#1b264f);
}

.uui-a:link,
.uui-a:active .uui-text a:link,
.uui-text a:active {
  color: var(--uui-color-interactive,#1b264f);
}

.uui-a:hover,
.uui-text a:hover {
  color: var(--uui-color-interactive-emphasis,#3544b1);
}

.uui-small,
.uui-text small {
  display: inline-block;
  font-size: var(--uui-type-small-size,12px);
  line-height: 18px;
}

.uui-quoteblock,
.uui-text blockquote {
  float: right;
  font-size: 14px;
  line-height: inherit;
  font-weight: 700;
  font-style: italic;
  margin-top: 0;
  margin-bottom: var(--uui-size-layout-1,24px);
  margin-right: -0.035em;
  max-width: 16em;
  quotes: '“' '”' '‘' '’';
}

.uui-quoteblock:before,
.uui-text blockquote:before {
  content: open-quote;
  margin-left: -0.4em;
  margin-right: 0.08em;
  vertical-align: bottom;
  font-weight: 400;
  font-size: 2em;
}

.uui-quoteblock:after,
.uui-text blockquote:after {
  content: close-quote;
  margin-left: 0.04em;
  margin-right: -0.4em;
  vertical-align: bottom;
  font-weight: 400;
  font-size: 2em;
  margin-bottom: -2px;
  display: inline-block;
}

.uui-ul,
.uui-text ul {
  list-style-type: square;
  padding-left: var(--uui-size-layout-1,24px);
  margin-top: var(--uui-size-layout-1,24px);
  margin-bottom: var(--uui-size-layout-1,24px);
}

.uui-ol,
.uui-text ol {
  padding-left: var(--uui-size-layout-1,24px);
  margin-top: var(--uui-size-layout-1,24px);
  margin-bottom: var(--uui-size-layout-1,24px);
}
`;const Co=mr(YE);const A=i=>(e,t)=>{t!==void 0?t.addInitializer(()=>{customElements.define(i,e)}):customElements.define(i,e)};const KE={attribute:!0,type:String,converter:zu,reflect:!1,hasChanged:Gf},XE=(i=KE,e,t)=>{const{kind:s,metadata:r}=t;let n=globalThis.litPropertyMetadata.get(r);if(n===void 0&&globalThis.litPropertyMetadata.set(r,n=new Map),s==="setter"&&((i=Object.create(i)).wrapped=!0),n.set(t.name,i),s==="accessor"){const{name:o}=t;return{set(a){const l=e.get.call(this);e.set.call(this,a),this.requestUpdate(o,l,i,!0,a)},init(a){return a!==void 0&&this.C(o,void 0,i,a),a}}}if(s==="setter"){const{name:o}=t;return function(a){const l=this[o];e.call(this,a),this.requestUpdate(o,l,i,!0,a)}}throw Error("Unsupported decorator location: "+s)};function u(i){return(e,t)=>typeof t=="object"?XE(i,e,t):((s,r,n)=>{const o=r.hasOwnProperty(n);return r.constructor.createProperty(n,s),o?Object.getOwnPropertyDescriptor(r,n):void 0})(i,e,t)}function m(i){return u({...i,state:!0,attribute:!1})}const Zf=(i,e,t)=>(t.configurable=!0,t.enumerable=!0,Reflect.decorate&&typeof e!="object"&&Object.defineProperty(i,e,t),t);function K(i,e){return(t,s,r)=>{const n=o=>o.renderRoot?.querySelector(i)??null;return Zf(t,s,{get(){return n(this)}})}}let ZE;function JE(i){return(e,t)=>Zf(e,t,{get(){return(this.renderRoot??(ZE??=document.createDocumentFragment())).querySelectorAll(i)}})}function Ts(i){return(e,t)=>{const{slot:s,selector:r}=i??{},n="slot"+(s?`[name=${s}]`:":not([name])");return Zf(e,t,{get(){const o=this.renderRoot?.querySelector(n),a=o?.assignedElements(i)??[];return r===void 0?a:a.filter(l=>l.matches(r))}})}}g`
  @keyframes uui-blink {
    0%,
    100% {
      opacity: 0.5;
    }
    50% {
      opacity: 1;
    }
  }
`;const QE=mr("uui-blink 0.9s infinite both");g`
  @keyframes pulse {
    0% {
      -webkit-transform: translate(-50%, -50%) scale(0.2);
      transform: translate(-50%, -50%) scale(0.2);
      opacity: 0.9;
    }
    80% {
      -webkit-transform: translate(-50%, -50%) scale(1.2);
      transform: translate(-50%, -50%) scale(1.2);
      opacity: 0;
    }
    100% {
      -webkit-transform: translate(-50%, -50%) scale(2.2);
      transform: translate(-50%, -50%) scale(2.2);
      opacity: 0;
    }
  }
`;mr("pulse 0.8s ease-in-out infinite both");g`
  @keyframes uui-horizontal-shake {
    10%,
    90% {
      transform: translateX(-1px);
    }

    20%,
    80% {
      transform: translateX(1px);
    }

    30%,
    50%,
    70% {
      transform: translateX(-2px);
    }

    40%,
    60% {
      transform: translateX(2px);
    }
  }
`;mr("uui-horizontal-shake 600ms ease backwards");let rh=class extends Event{constructor(e,t={}){super(e,{...t}),this.detail=t.detail||{}}},Tn=class extends rh{constructor(e,t={}){super(e,{bubbles:!0,...t})}static{this.VALID="valid"}static{this.INVALID="invalid"}},SD=class extends rh{static{this.SELECTED="selected"}static{this.DESELECTED="deselected"}constructor(e,t={}){super(e,{bubbles:!0,cancelable:!0,...t})}};var e2=Object.defineProperty,t2=Object.getOwnPropertyDescriptor,Rr=(i,e,t,s)=>{for(var r=s>1?void 0:s?t2(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&e2(e,t,r),r};const i2=["customError","valueMissing","badInput","typeMismatch","patternMismatch","rangeOverflow","rangeUnderflow","stepMismatch","tooLong","tooShort"],r0=(i,e)=>{class t extends i{constructor(...r){super(...r),this.name="",this.#e={},this._pristine=!1,this.required=!1,this.requiredMessage="This field is required",this.error=!1,this.errorMessage="This field is invalid",this.#t=e,this.#i=null,this.#s=[],this.#r=[],this.#a=()=>{this.pristine=!1},this._internals=this.attachInternals(),this.pristine=!0,this.addValidator("valueMissing",()=>this.requiredMessage,()=>this.hasAttribute("required")&&this.hasValue()===!1),this.addValidator("customError",()=>this.errorMessage,()=>this.error),this.addEventListener("blur",()=>{this.pristine=!1,this.checkValidity()})}static{this.formAssociated=!0}get value(){return this.#t}set value(r){const n=this.#t;this.#t=r,"ElementInternals"in window&&"setFormValue"in window.ElementInternals.prototype&&this._internals.setFormValue(this.#t??null),this.requestUpdate("value",n)}#e;set pristine(r){this._pristine!==r&&(this._pristine=r,r?this.setAttribute("pristine",""):this.removeAttribute("pristine"),this.#o())}get pristine(){return this._pristine}#t;#i;#s;#r;hasValue(){return this.value!==this.getDefaultValue()}focusFirstInvalidElement(){const r=this.#r.find(n=>n.validity.valid===!1);r?"focusFirstInvalidElement"in r?r.focusFirstInvalidElement():r.focus():this.focus()}disconnectedCallback(){super.disconnectedCallback(),this.#n()}#n(){this.#i&&this.#i.removeEventListener("submit",this.#a)}addValidator(r,n,o){const a={flagKey:r,getMessageMethod:n,checkMethod:o,weight:i2.indexOf(r)};return this.#s.push(a),this.#s.sort((l,h)=>l.weight>h.weight?1:h.weight>l.weight?-1:0),a}removeValidator(r){const n=this.#s.indexOf(r);n!==-1&&this.#s.splice(n,1)}addFormControlElement(r){this.#r.push(r),r.addEventListener(Tn.INVALID,()=>{this._runValidators()}),r.addEventListener(Tn.VALID,()=>{this._runValidators()}),this._pristine===!1&&(r.checkValidity(),this._runValidators())}setCustomValidity(r){this._customValidityObject&&this.removeValidator(this._customValidityObject),r!=null&&r!==""&&(this._customValidityObject=this.addValidator("customError",()=>r,()=>!0)),this._runValidators()}_runValidators(){this.#e={};let r,n;this.#s.some(a=>a.checkMethod()?(this.#e[a.flagKey]=!0,r=a.getMessageMethod(),!0):!1),r||this.#r.some(a=>{let l;for(l in a.validity)if(l!=="valid"&&a.validity[l])return this.#e[l]=!0,r=a.validationMessage,n??=a,!0;return!1});const o=Object.values(this.#e).includes(!0);this.#e.valid=!o,this._internals.setValidity(this.#e,r,n??this.getFormElement()??void 0),this.#o()}#o(){this._pristine!==!0&&(this.#e.valid?this.dispatchEvent(new Tn(Tn.VALID)):this.dispatchEvent(new Tn(Tn.INVALID)))}updated(r){super.updated(r),this._runValidators()}#a;submit(){this.#i?.requestSubmit()}formAssociatedCallback(){this.#n(),this.#i=this._internals.form,this.#i&&(this.#i.hasAttribute("submit-invalid")&&(this.pristine=!1),this.#i.addEventListener("submit",this.#a))}formResetCallback(){this.pristine=!0,this.value=this.getInitialValue()??this.getDefaultValue()}getDefaultValue(){return e}getInitialValue(){return this.getAttribute("value")}checkValidity(){this.pristine=!1,this._runValidators();for(const r in this.#r)if(this.#r[r].checkValidity()===!1)return!1;return this._internals?.checkValidity()}get validity(){return this.#e}get validationMessage(){return this._internals?.validationMessage}}return Rr([u({type:String})],t.prototype,"name",2),Rr([u()],t.prototype,"value",1),Rr([u({type:Boolean,reflect:!0,attribute:"pristine"})],t.prototype,"pristine",1),Rr([u({type:Boolean,reflect:!0})],t.prototype,"required",2),Rr([u({type:String,attribute:"required-message"})],t.prototype,"requiredMessage",2),Rr([u({type:Boolean,reflect:!0})],t.prototype,"error",2),Rr([u({type:String,attribute:"error-message"})],t.prototype,"errorMessage",2),t},s2=(i,e,t)=>Math.min(Math.max(i,e),t);var r2="1.18.1";const n2=r2;globalThis.__uuiVersions??=[];globalThis.__uuiVersions.push(n2);const Ud=globalThis.__uuiVersions;if(Ud.length>1){const i=[...new Set(Ud)];i.length>1?console.warn(`Multiple versions of Umbraco UI detected: ${i.join(", ")}. This is not supported and may cause issues.`):console.warn(`Multiple instances of Umbraco UI v${Ud[0]} loaded. This may indicate duplicate bundles.`)}function P(i,e){return t=>{if(i.indexOf("-")>0===!1){console.error(`${i} is not a valid custom element name. A custom element name should consist of at least two words separated by a hyphen.`);return}window.customElements.get(i)||window.customElements.define(i,t,e)}}var o2=Object.getOwnPropertyDescriptor,a2=(i,e,t,s)=>{for(var r=s>1?void 0:s?o2(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let Va=class extends O{render(){return c`<slot></slot>`}};Va.styles=[g`
      :host {
        display: inline-flex;
        align-items: stretch;
      }

      ::slotted(*) {
        --uui-button-border-radius: 0;
        flex-grow: 1;
      }

      ::slotted([look='outline']:not(:first-child)) {
        --uui-button-merge-border-left: 1;
      }
      ::slotted([look='placeholder']:not(:first-child)) {
        --uui-button-merge-border-left: 1;
      }

      ::slotted(*:first-child) {
        --uui-button-border-radius: var(--uui-border-radius,3px) 0 0
          var(--uui-border-radius,3px);
      }
      ::slotted(*:last-child) {
        --uui-button-border-radius: 0 var(--uui-border-radius,3px)
          var(--uui-border-radius,3px) 0;
      }

      ::slotted(*:hover) {
        z-index: 1;
      }
    `];Va=a2([P("uui-button-group")],Va);var l2=Object.getOwnPropertyDescriptor,u2=(i,e,t,s)=>{for(var r=s>1?void 0:s?l2(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let xp=class extends Va{};xp.styles=[...Va.styles,g`
      ::slotted(*) {
        --uui-button-padding-left-factor: 0.5;
        --uui-button-padding-right-factor: 0.5;
      }

      ::slotted(*:first-child) {
        --uui-button-border-radius: 50px 0 0 50px;
        --uui-button-padding-left-factor: 2;
      }
      ::slotted(*:last-child) {
        --uui-button-border-radius: 0 50px 50px 0;
        --uui-button-padding-right-factor: 2;
      }
      ::slotted(*:first-child:last-child) {
        --uui-button-border-radius: 50px 50px 50px 50px;
        --uui-button-padding-left-factor: 2;
        --uui-button-padding-right-factor: 2;
      }

      ::slotted([look='outline']),
      ::slotted([look='placeholder']) {
        --uui-button-padding-left-factor: 1;
        --uui-button-padding-right-factor: 1;
      }

      ::slotted(uui-button[look='outline']:first-child),
      ::slotted(uui-button[look='placeholder']:first-child) {
        --uui-button-border-radius: 50px 0 0 50px;
        --uui-button-padding-left-factor: 1.5;
      }
      ::slotted(uui-button[look='outline']:last-child),
      ::slotted(uui-button[look='placeholder']:last-child) {
        --uui-button-border-radius: 0 50px 50px 0;
        --uui-button-padding-right-factor: 1.5;
      }
      ::slotted(uui-button[look='outline']:first-child:last-child),
      ::slotted(uui-button[look='placeholder']:first-child:last-child) {
        --uui-button-border-radius: 50px 50px 50px 50px;
        --uui-button-padding-left-factor: 1.5;
        --uui-button-padding-right-factor: 1.5;
      }
    `];xp=u2([P("uui-action-bar")],xp);var c2=Object.defineProperty,h2=Object.getOwnPropertyDescriptor,nh=(i,e,t,s)=>{for(var r=s>1?void 0:s?h2(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&c2(e,t,r),r};let Jn=class extends O{constructor(){super(...arguments),this._avatarArray=[],this.limit=0}firstUpdated(){this._setAvatarArray()}_onSlotChange(){this._setAvatarArray(),this._updateAvatarVisibility()}_setAvatarArray(){this._avatarArray=this._avatarNodes?this._avatarNodes:[]}updated(i){i.has("limit")&&this._updateAvatarVisibility()}_updateAvatarVisibility(){this._avatarArray.forEach((i,e)=>{i.style.display=e<this.limit||this.limit===0?"":"none"})}_isLimitExceeded(){return this.limit!==0&&this._avatarArray.length>this.limit}render(){return c`
      <slot @slotchange=${this._onSlotChange}></slot>
      ${this._isLimitExceeded()?c`<small id="overflow-indication">+${this._avatarArray.length-this.limit}</small>`:""}
    `}};Jn.styles=[g`
      :host {
        display: inline-flex;
        align-items: center;
        padding-left: 3px;
        padding-right: 3px;
      }

      ::slotted(uui-avatar) {
        margin-left: -0.2em;
        margin-right: -0.2em;
        border: 0.1em solid var(--uui-avatar-border-color);
      }

      #overflow-indication {
        margin-left: 6px;
      }
    `];nh([Ts({selector:"uui-avatar, [uui-avatar]",flatten:!0})],Jn.prototype,"_avatarNodes",2);nh([m()],Jn.prototype,"_avatarArray",2);nh([u({type:Number,attribute:!0})],Jn.prototype,"limit",2);Jn=nh([P("uui-avatar-group")],Jn);var d2=Object.defineProperty,p2=Object.getOwnPropertyDescriptor,$o=(i,e,t,s)=>{for(var r=s>1?void 0:s?p2(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&d2(e,t,r),r};let Zs=class extends O{constructor(){super(...arguments),this.overflow=!0,this.imgSrc="",this.imgSrcset="",this.name=""}get _initials(){return this.initials?.substring(0,3)||this.createInitials(this.name)}connectedCallback(){super.connectedCallback(),this.name||console.warn(this.tagName+" needs a `name`",this)}createInitials(i){let e="";if(!i)return e;const t=i.split(/\s+/).filter(s=>s.length>0&&!/^[^\p{L}\p{N}]/u.test(s));if(t.length===0){const s=i.trim();if(s.length>0&&/\p{Extended_Pictographic}/u.test(s)){const r=s.split(/\s+/);for(const n of r)if(/\p{Extended_Pictographic}/u.test(n))return n}return e}return e=t[0].charAt(0),t.length>1&&(e+=t.at(-1).charAt(0)),e.toUpperCase()}renderImage(){return c` <img
      src="${this.imgSrc}"
      srcset="${this.imgSrcset}"
      alt="${this._initials}"
      title="${this.name}" />`}render(){return c`
      ${this.imgSrc?this.renderImage():""}
      ${this.imgSrc?"":this._initials}
      <slot></slot>
    `}};Zs.styles=[g`
      :host {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        flex-shrink: 0;
        position: relative;
        overflow: hidden;
        border-radius: 50%;
        font-weight: 700;
        -webkit-font-smoothing: subpixel-antialiased;
        width: calc(2em + 4px);
        height: calc(2em + 4px);
        user-select: none;
        /* box-sizing: border-box; */
        aspect-ratio: 1;
        background-color: var(--uui-palette-spanish-pink,#f5c1bc);
        color: var(--uui-palette-space-cadet,#1b264f);
      }

      :host([overflow]) {
        overflow: unset;
      }

      img {
        object-fit: cover;
        height: 100%;
        width: 100%;
        overflow: hidden;
        border-radius: 50%;
      }
    `];$o([u({type:Boolean,attribute:!0,reflect:!0})],Zs.prototype,"overflow",2);$o([u({type:String,attribute:"img-src"})],Zs.prototype,"imgSrc",2);$o([u({type:String,attribute:"img-srcset"})],Zs.prototype,"imgSrcset",2);$o([u({type:String,reflect:!0})],Zs.prototype,"name",2);$o([u({type:String})],Zs.prototype,"initials",2);Zs=$o([P("uui-avatar")],Zs);var f2=Object.defineProperty,m2=Object.getOwnPropertyDescriptor,oh=(i,e,t,s)=>{for(var r=s>1?void 0:s?m2(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&f2(e,t,r),r};let Qn=class extends O{constructor(){super(...arguments),this.color="default",this.look="primary",this.attention=!1}render(){return c` <slot></slot> `}};Qn.styles=[g`
      :host {
        position: var(--uui-badge-position, absolute);
        display: flex;
        justify-content: center;
        align-items: center;

        padding: var(--uui-size-1,3px) var(--uui-size-2,6px);
        inset: var(--uui-badge-inset, -8px -8px auto auto);

        text-align: center;
        font-size: var(--uui-badge-font-size, var(--uui-type-small-size,12px));
        font-weight: 900;
        line-height: 1;

        margin-right: 0;

        min-width: var(--uui-size-8,24px);
        min-height: var(--uui-size-8,24px);
        box-sizing: border-box;

        border-radius: var(--uui-size-4,12px);
        border: 1px solid transparent;
      }

      :host {
        --color: var(--uui-color-default,#1b264f);
        --color-standalone: var(--uui-color-default-standalone,rgb(
    28,
    35,
    59
  ));
        --color-contrast: var(--uui-color-default-contrast,#fff);
      }
      :host([color='positive']) {
        --color: var(--uui-color-positive,#0b8152);
        --color-standalone: var(--uui-color-positive-standalone,rgb(
    10,
    115,
    73
  ));
        --color-contrast: var(--uui-color-positive-contrast,#fff);
      }
      :host([color='warning']) {
        --color: var(--uui-color-warning,#fbd142);
        --color-standalone: var(--uui-color-warning-standalone,#a17700);
        --color-contrast: var(--uui-color-warning-contrast,#000);
      }
      :host([color='danger']) {
        --color: var(--uui-color-danger,#c31d4c);
        --color-standalone: var(--uui-color-danger-standalone,rgb(
    174,
    30,
    71
  ));
        --color-contrast: var(--uui-color-danger-contrast,white);
      }
      :host([color='invalid']) {
        --color: var(--uui-color-invalid,#c31d4c);
        --color-standalone: var(--uui-color-invalid-standalone,rgb(
    174,
    30,
    71
  ));
        --color-contrast: var(--uui-color-invalid-contrast,white);
      }

      :host {
        background-color: var(--uui-color-surface,#fff);
        color: var(--color-standalone);
        border-color: transparent;
      }
      :host([look='primary']) {
        background-color: var(--color);
        color: var(--color-contrast);
        border-color: transparent;
      }
      :host([look='secondary']) {
        background-color: var(--uui-color-surface-alt,#f3f3f5);
        color: var(--color-standalone);
        border-color: transparent;
      }
      :host([look='outline']) {
        background-color: var(--uui-color-surface,#fff);
        color: var(--color-standalone);
        border-color: var(--color-standalone);
      }
      :host([look='placeholder']) {
        border-style: dashed;
        background-color: var(--uui-color-surface,#fff);
        color: var(--color-standalone);
        border-color: var(--uui-color-border-standalone,#c2c2c2);
      }

      /** TODO: we didn't want to target elements by name, but what else can we do? */
      ::slotted(uui-icon) {
        margin-left: -0.2em;
        margin-right: -0.2em;
      }

      @keyframes --uui-badge-bounce {
        0% {
          transform: translateY(0);
        }
        20% {
          transform: translateY(-6px);
        }
        40% {
          transform: translateY(0);
        }
        55% {
          transform: translateY(-3px);
        }
        70% {
          transform: translateY(0);
        }
        100% {
          transform: translateY(0);
        }
      }
      :host([attention]) {
        animation-duration: 1.4s;
        animation-iteration-count: infinite;
        animation-name: --uui-badge-bounce;
        animation-timing-function: ease;
      }
      @media (prefers-reduced-motion) {
        :host([attention]) {
          animation: none;
        }
      }
    `];oh([u({reflect:!0})],Qn.prototype,"color",2);oh([u({reflect:!0})],Qn.prototype,"look",2);oh([u({type:Boolean,reflect:!0})],Qn.prototype,"attention",2);Qn=oh([P("uui-badge")],Qn);var b2=Object.defineProperty,g2=(i,e,t,s)=>{for(var r=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(e,t,r)||r);return r&&b2(e,t,r),r};const Cl=i=>{class e extends i{constructor(){super(...arguments),this.active=!1}}return g2([u({type:Boolean,reflect:!0})],e.prototype,"active"),e};var v2=Object.defineProperty,mg=(i,e,t,s)=>{for(var r=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(e,t,r)||r);return r&&v2(e,t,r),r};const Hi=(i,e)=>{class t extends e{constructor(){super(...arguments),this._labelSlotHasContent=!1}connectedCallback(){super.connectedCallback(),this._ariaObserver=new MutationObserver(()=>this.requestUpdate()),this._ariaObserver.observe(this,{attributes:!0,attributeFilter:["aria-label","aria-labelledby"]})}disconnectedCallback(){super.disconnectedCallback(),this._ariaObserver?.disconnect(),this._ariaObserver=void 0}firstUpdated(r){super.firstUpdated(r),!this.label&&!this.getAttribute("aria-label")&&!this.getAttribute("aria-labelledby")&&console.warn(this.tagName+" needs a `label`",this)}labelSlotChanged(r){this._labelSlotHasContent=r.target.assignedNodes({flatten:!0}).length>0}renderLabel(){return c`
        ${this._labelSlotHasContent===!1?c`<span class="label">${this.label}</span>`:""}
        <slot
          class="label"
          style=${this._labelSlotHasContent?"":"display: none"}
          name=${i||""}
          @slotchange=${this.labelSlotChanged}></slot>
      `}}return mg([u({type:String})],t.prototype,"label"),mg([m()],t.prototype,"_labelSlotHasContent"),t};let y2=class extends Event{constructor(e,t={}){super(e,{...t}),this.detail=t.detail||{}}},Kl=class extends y2{static{this.SELECTED="selected"}static{this.DESELECTED="deselected"}constructor(e,t={}){super(e,{bubbles:!0,cancelable:!0,...t})}};var _2=Object.defineProperty,w2=Object.getOwnPropertyDescriptor,bg=(i,e,t,s)=>{for(var r=s>1?void 0:s?w2(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&_2(e,t,r),r};const ko=i=>{class e extends i{constructor(...s){super(...s),this._selectable=!1,this.deselectable=!0,this.selected=!1,this.#e=this,this.#t=r=>{r.code!=="Space"&&r.code!=="Enter"||r.composedPath().indexOf(this.#e)===0&&this.#i(r)},this.#i=r=>{if((this._selectable||this.deselectable&&this.selected)===!1)return;const o=r.composedPath();this.#e===this&&o.some(l=>{const h=l.tagName;return h==="A"||h==="BUTTON"||h==="INPUT"||h==="TEXTAREA"||h==="SELECT"})||o.indexOf(this.#e)!==-1&&(r.type==="keydown"&&r.preventDefault(),this.#s())},this.addEventListener("click",this.#i),this.addEventListener("keydown",this.#t)}get selectable(){return this._selectable}set selectable(s){const r=this._selectable;r!==s&&(this._selectable=s,this.#e===this&&this.#e.setAttribute("tabindex",`${s?"0":"-1"}`),this.requestUpdate("selectable",r))}#e;get selectableTarget(){return this.#e}set selectableTarget(s){const r=this.#e;r.removeAttribute("tabindex"),r.removeEventListener("click",this.#i),r.removeEventListener("keydown",this.#t),this.#e=s,this.#e===this&&this.#e.setAttribute("tabindex",this._selectable?"0":"-1"),s.addEventListener("click",this.#i),s.addEventListener("keydown",this.#t)}#t;#i;#s(){this.selectable&&(this.deselectable===!1?this.#r():this.selected?this.#n():this.#r())}#r(){if(!this.selectable)return;const s=new Kl(Kl.SELECTED);this.dispatchEvent(s),!s.defaultPrevented&&(this.selected=!0)}#n(){if(!this.deselectable)return;const s=new Kl(Kl.DESELECTED);this.dispatchEvent(s),!s.defaultPrevented&&(this.selected=!1)}}return bg([u({type:Boolean,reflect:!0})],e.prototype,"selectable",1),bg([u({type:Boolean,reflect:!0})],e.prototype,"selected",2),e};var x2=Object.defineProperty,E2=Object.getOwnPropertyDescriptor,C2=(i,e,t,s)=>{for(var r=E2(e,t),n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(e,t,r)||r);return r&&x2(e,t,r),r};const ah=i=>{class e extends i{constructor(){super(...arguments),this._selectOnly=!1}get selectOnly(){return this._selectOnly}set selectOnly(s){const r=this._selectOnly;this._selectOnly=s,this.requestUpdate("selectOnly",r)}}return C2([u({type:Boolean,reflect:!0,attribute:"select-only"})],e.prototype,"selectOnly"),e};let n0=class extends Event{constructor(e,t={}){super(e,{...t}),this.detail=t.detail||{}}},Pn=class extends n0{constructor(e,t={}){super(e,{bubbles:!0,...t})}static{this.VALID="valid"}static{this.INVALID="invalid"}},RD=class extends n0{static{this.SELECTED="selected"}static{this.DESELECTED="deselected"}constructor(e,t={}){super(e,{bubbles:!0,cancelable:!0,...t})}};var $2=Object.defineProperty,k2=Object.getOwnPropertyDescriptor,Mr=(i,e,t,s)=>{for(var r=s>1?void 0:s?k2(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&$2(e,t,r),r};const T2=["customError","valueMissing","badInput","typeMismatch","patternMismatch","rangeOverflow","rangeUnderflow","stepMismatch","tooLong","tooShort"],Fi=(i,e)=>{class t extends i{constructor(...r){super(...r),this.name="",this.#e={},this._pristine=!1,this.required=!1,this.requiredMessage="This field is required",this.error=!1,this.errorMessage="This field is invalid",this.#t=e,this.#i=null,this.#s=[],this.#r=[],this.#a=()=>{this.pristine=!1},this._internals=this.attachInternals(),this.pristine=!0,this.addValidator("valueMissing",()=>this.requiredMessage,()=>this.hasAttribute("required")&&this.hasValue()===!1),this.addValidator("customError",()=>this.errorMessage,()=>this.error),this.addEventListener("blur",()=>{this.pristine=!1,this.checkValidity()})}static{this.formAssociated=!0}get value(){return this.#t}set value(r){const n=this.#t;this.#t=r,"ElementInternals"in window&&"setFormValue"in window.ElementInternals.prototype&&this._internals.setFormValue(this.#t??null),this.requestUpdate("value",n)}#e;set pristine(r){this._pristine!==r&&(this._pristine=r,r?this.setAttribute("pristine",""):this.removeAttribute("pristine"),this.#o())}get pristine(){return this._pristine}#t;#i;#s;#r;hasValue(){return this.value!==this.getDefaultValue()}focusFirstInvalidElement(){const r=this.#r.find(n=>n.validity.valid===!1);r?"focusFirstInvalidElement"in r?r.focusFirstInvalidElement():r.focus():this.focus()}disconnectedCallback(){super.disconnectedCallback(),this.#n()}#n(){this.#i&&this.#i.removeEventListener("submit",this.#a)}addValidator(r,n,o){const a={flagKey:r,getMessageMethod:n,checkMethod:o,weight:T2.indexOf(r)};return this.#s.push(a),this.#s.sort((l,h)=>l.weight>h.weight?1:h.weight>l.weight?-1:0),a}removeValidator(r){const n=this.#s.indexOf(r);n!==-1&&this.#s.splice(n,1)}addFormControlElement(r){this.#r.push(r),r.addEventListener(Pn.INVALID,()=>{this._runValidators()}),r.addEventListener(Pn.VALID,()=>{this._runValidators()}),this._pristine===!1&&(r.checkValidity(),this._runValidators())}setCustomValidity(r){this._customValidityObject&&this.removeValidator(this._customValidityObject),r!=null&&r!==""&&(this._customValidityObject=this.addValidator("customError",()=>r,()=>!0)),this._runValidators()}_runValidators(){this.#e={};let r,n;this.#s.some(a=>a.checkMethod()?(this.#e[a.flagKey]=!0,r=a.getMessageMethod(),!0):!1),r||this.#r.some(a=>{let l;for(l in a.validity)if(l!=="valid"&&a.validity[l])return this.#e[l]=!0,r=a.validationMessage,n??=a,!0;return!1});const o=Object.values(this.#e).includes(!0);this.#e.valid=!o,this._internals.setValidity(this.#e,r,n??this.getFormElement()??void 0),this.#o()}#o(){this._pristine!==!0&&(this.#e.valid?this.dispatchEvent(new Pn(Pn.VALID)):this.dispatchEvent(new Pn(Pn.INVALID)))}updated(r){super.updated(r),this._runValidators()}#a;submit(){this.#i?.requestSubmit()}formAssociatedCallback(){this.#n(),this.#i=this._internals.form,this.#i&&(this.#i.hasAttribute("submit-invalid")&&(this.pristine=!1),this.#i.addEventListener("submit",this.#a))}formResetCallback(){this.pristine=!0,this.value=this.getInitialValue()??this.getDefaultValue()}getDefaultValue(){return e}getInitialValue(){return this.getAttribute("value")}checkValidity(){this.pristine=!1,this._runValidators();for(const r in this.#r)if(this.#r[r].checkValidity()===!1)return!1;return this._internals?.checkValidity()}get validity(){return this.#e}get validationMessage(){return this._internals?.validationMessage}}return Mr([u({type:String})],t.prototype,"name",2),Mr([u()],t.prototype,"value",1),Mr([u({type:Boolean,reflect:!0,attribute:"pristine"})],t.prototype,"pristine",1),Mr([u({type:Boolean,reflect:!0})],t.prototype,"required",2),Mr([u({type:String,attribute:"required-message"})],t.prototype,"requiredMessage",2),Mr([u({type:Boolean,reflect:!0})],t.prototype,"error",2),Mr([u({type:String,attribute:"error-message"})],t.prototype,"errorMessage",2),t},P2=(i,e,t)=>{let s=i;for(;s!==null;){const r=s instanceof HTMLElement&&s.hasAttribute(e)&&s.getAttribute(e)===t,n=s.querySelector(`[${e}="${t}"]`)!==null;if(r)return s;if(n)return s.querySelector(`[${e}="${t}"]`);s=s.parentElement||s.parentNode||s.host||null}return null};var S2=Object.defineProperty,A2=(i,e,t,s)=>{for(var r=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(e,t,r)||r);return r&&S2(e,t,r),r};const I2=i=>{class e extends i{constructor(...s){super(...s),this.#e=!1,this._togglePopover=()=>{if(!this.popoverContainerElement)return;const r=P2(this,"id",this.popoverContainerElement);r&&(this.#e?r.hidePopover():r.showPopover())},this.#t=r=>{requestAnimationFrame(()=>{this.#e=r.detail.newState==="open"})},this.addEventListener("uui-popover-before-toggle",this.#t)}#e;#t}return A2([u({type:String,attribute:"popovertarget"})],e.prototype,"popoverContainerElement"),e};const S=i=>i??w;class le extends Event{constructor(e,t={}){super(e,{...t}),this.detail=t.detail||{}}}class Xl extends le{constructor(e,t={}){super(e,{bubbles:!0,...t})}static{this.VALID="valid"}static{this.INVALID="invalid"}}class Ln extends le{static{this.SELECTED="selected"}static{this.DESELECTED="deselected"}constructor(e,t={}){super(e,{bubbles:!0,cancelable:!0,...t})}}class gg extends le{static{this.CHANGE="change"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var O2=Object.defineProperty,U2=Object.getOwnPropertyDescriptor,To=(i,e,t,s)=>{for(var r=s>1?void 0:s?U2(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&O2(e,t,r),r};class Wi extends Fi(Hi("",O),""){constructor(e="checkbox"){super(),this._value="",this.labelPosition="right",this._checked=!1,this.indeterminate=!1,this.disabled=!1,this.readonly=!1,this._value===""&&(this._value="on"),this.inputRole=e,this.addEventListener("keydown",this.#e)}get value(){return this._value}set value(e){const t=super.value;this._value=e,"ElementInternals"in window&&"setFormValue"in window.ElementInternals.prototype&&this._internals.setFormValue(this._checked&&this.name!==""?this._value:null),this.requestUpdate("value",t)}get checked(){return this._checked}set checked(e){const t=this._checked;this._checked=e,this._internals.setFormValue(this._checked&&this.name!==""?this._value?this._value:"on":null),this.requestUpdate("checked",t)}getFormElement(){return this._input}#e(e){e.key=="Enter"&&this.submit()}hasValue(){return this.checked}formResetCallback(){super.formResetCallback(),this.checked=this.hasAttribute("checked")}firstUpdated(e){super.firstUpdated(e);const t=this.shadowRoot?.querySelector("label");let s=!1;this._input.addEventListener("blur",()=>{s===!1&&this.style.setProperty("--uui-show-focus-outline","1"),s=!1}),t.addEventListener("mousedown",()=>{this.style.setProperty("--uui-show-focus-outline","0"),s=!0}),t.addEventListener("mouseup",()=>{s=!1})}async focus(){await this.updateComplete,this._input.focus()}async click(){await this.updateComplete,this._input.click()}_onInputChange(e){e.stopPropagation(),this.pristine=!1,this.checked=this._input.checked,this.indeterminate=this._input.indeterminate,this.dispatchEvent(new gg(gg.CHANGE))}render(){return c`
      <label>
        <input
          id="input"
          type="checkbox"
          @change="${this._onInputChange}"
          .disabled=${this.disabled||this.readonly}
          .checked=${this.checked}
          .indeterminate=${this.indeterminate}
          aria-checked="${this.checked?"true":"false"}"
          aria-label=${S(this.getAttribute("aria-label")||this.label||void 0)}
          aria-labelledby=${S(this.getAttribute("aria-labelledby")||void 0)}
          role="${this.inputRole}" />
        ${this.renderCheckbox()} ${this.renderLabel()}
      </label>
    `}static{this.styles=[g`
      :host {
        display: inline-block;
      }

      label {
        position: relative;
        cursor: pointer;
        user-select: none;
        display: flex;
        flex-wrap: nowrap;
        align-items: center;
        justify-items: center;
        gap: var(--uui-size-3,9px);
      }

      :host([readonly]) label {
        cursor: default;
      }

      input {
        position: absolute;
        height: 0px;
        width: 0px;
        opacity: 0;
      }

      :host([label-position='left']) label {
        flex-direction: row-reverse;
      }

      :host([label-position='top']) label {
        gap: var(--uui-size-half-base-unit);
        flex-direction: column-reverse;
      }

      :host([label-position='bottom']) label {
        gap: var(--uui-size-half-base-unit);
        flex-direction: column;
      }

      :host([disabled]) label {
        cursor: not-allowed;
        opacity: 0.5;
      }

      .label {
        display: block;
      }

      span.label:empty {
        display: none;
      }
    `]}}To([u({type:String,attribute:"label-position",reflect:!0})],Wi.prototype,"labelPosition",2);To([u({type:Boolean})],Wi.prototype,"checked",1);To([u({type:Boolean,reflect:!0})],Wi.prototype,"indeterminate",2);To([u({type:Boolean,reflect:!0})],Wi.prototype,"disabled",2);To([u({type:Boolean,reflect:!0})],Wi.prototype,"readonly",2);To([K("#input")],Wi.prototype,"_input",2);const o0=Symbol.for(""),D2=i=>{if(i?.r===o0)return i?._$litStatic$},vg=i=>({_$litStatic$:i,r:o0}),yg=new Map,R2=i=>(e,...t)=>{const s=t.length;let r,n;const o=[],a=[];let l,h=0,d=!1;for(;h<s;){for(l=e[h];h<s&&(n=t[h],(r=D2(n))!==void 0);)l+=r+e[++h],d=!0;h!==s&&a.push(n),o.push(l),h++}if(h===s&&o.push(e[s]),d){const f=o.join("$$lit$$");(e=yg.get(f))===void 0&&(o.raw=o,yg.set(f,e=o)),t=a}return i(e,...t)},_g=R2(c);var M2=Object.defineProperty,L2=Object.getOwnPropertyDescriptor,ln=(i,e,t,s)=>{for(var r=s>1?void 0:s?L2(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&M2(e,t,r),r};function Dd(i){return i?i.assignedNodes({flatten:!0}).length>0:!1}let gs=class extends O{constructor(){super(...arguments),this.headline=null,this._headlineVariantTag="h5",this._headlineSlotHasContent=!1,this._headlineSlotChanged=i=>{this._headlineSlotHasContent=Dd(i.target)},this._headerSlotHasContent=!1,this._headerSlotChanged=i=>{this._headerSlotHasContent=Dd(i.target)},this._headerActionsSlotHasContent=!1,this._headerActionsSlotChanged=i=>{this._headerActionsSlotHasContent=Dd(i.target)}}set headlineVariant(i){this._headlineVariantTag=i}get headlineVariant(){return this._headlineVariantTag}renderHeader(){return _g`<div
      id="header"
      class="uui-text"
      style=${this._headerSlotHasContent||this._headlineSlotHasContent||this._headerActionsSlotHasContent||this.headline!==null?"":"display: none"}>
      <${vg(this._headlineVariantTag)}
        id="headline"
        class="uui-h5"
        style=${this._headlineSlotHasContent||this.headline!==null?"":"display: none"}>
        ${this.headline}
        <slot name="headline" @slotchange=${this._headlineSlotChanged}></slot>
      </${vg(this._headlineVariantTag)}>
      <slot name="header" @slotchange=${this._headerSlotChanged}></slot>
      <slot name="header-actions" @slotchange=${this._headerActionsSlotChanged}></slot>
    </div>`}render(){return _g`
      ${this.renderHeader()}
      <slot></slot>
    `}};gs.styles=[Co,g`
      :host {
        display: block;
        border: var(--uui-box-border-width, 0) solid
          var(--uui-box-border-color, var(--uui-color-divider-standalone,#e9e9eb));
        box-shadow: var(--uui-box-box-shadow, var(--uui-shadow-depth-1,0 1px 3px rgba(0,0,0,0.12) , 0 1px 2px rgba(0,0,0,0.24)));
        border-radius: var(--uui-box-border-radius, var(--uui-border-radius,3px));
        background-color: var(--uui-color-surface,#fff);
      }

      #header {
        display: flex;
        align-items: center;
        column-gap: var(--uui-size-space-5,18px);
        border-bottom: 1px solid var(--uui-color-divider-standalone,#e9e9eb);
        padding: var(
          --uui-box-header-padding,
          var(--uui-size-space-4,12px) var(--uui-size-space-5,18px)
        );
      }

      slot:not([name]) {
        display: block;
        padding: var(--uui-box-default-padding, var(--uui-size-space-5,18px));
      }

      slot[name='header-actions'] {
        display: block;
        margin-left: auto;
      }
    `];ln([u({type:String})],gs.prototype,"headline",2);ln([u({attribute:"headline-variant"})],gs.prototype,"headlineVariant",1);ln([m()],gs.prototype,"_headlineVariantTag",2);ln([m()],gs.prototype,"_headlineSlotHasContent",2);ln([m()],gs.prototype,"_headerSlotHasContent",2);ln([m()],gs.prototype,"_headerActionsSlotHasContent",2);gs=ln([P("uui-box")],gs);class N2{constructor(e,t){this._callback=e,this._timerId=null,this._remaining=null,this._onComplete=()=>{this._remaining=null,this._callback()},this.setDuration(t)}setDuration(e){this._duration=e,this._timerId!==null&&this.restart()}start(){this._timerId===null&&this.resume()}restart(){this._remaining=this._duration,this.resume()}pause(){this._timerId!==null&&(window.clearTimeout(this._timerId),this._timerId=null,this._remaining!==null&&(this._remaining-=Date.now()-this._startTime))}resume(){this._timerId!==null&&window.clearTimeout(this._timerId),this._remaining===null&&(this._remaining=this._duration),this._startTime=Date.now(),this._timerId=window.setTimeout(this._onComplete,this._remaining)}destroy(){this.pause()}}const N=(i,e,t=`This element has to be present for ${i.nodeName} to work appropriate.`)=>{customElements.get(e)||console.warn(`%c ${i.nodeName} requires ${e} element to be registered!`,"font-weight: bold;",t,i)},a0=(i,e)=>{function t(r){const n=i.getBoundingClientRect(),o=i.ownerDocument.defaultView,a=n.left+o.scrollX,l=n.top+o.scrollY;let h;if("TouchEvent"in window&&r instanceof TouchEvent)h=r.touches[0];else if(r instanceof MouseEvent)h=r;else return;const d=h.pageX-a,f=h.pageY-l;e?.onMove&&e.onMove(d,f)}function s(){document.removeEventListener("pointermove",t),document.removeEventListener("pointerup",s),e?.onStop&&e.onStop()}document.addEventListener("pointermove",t,{passive:!0}),document.addEventListener("pointerup",s),e?.initialEvent&&t(e.initialEvent)},re=(i,e,t)=>Math.min(Math.max(i,e),t),wg=(i,e,t)=>t+e-i,z2=(i,e,t)=>{let s=i;for(;s!==null;){const r=s instanceof HTMLElement&&s.hasAttribute(e)&&s.getAttribute(e)===t,n=s.querySelector(`[${e}="${t}"]`)!==null;if(r)return s;if(n)return s.querySelector(`[${e}="${t}"]`);s=s.parentElement||s.parentNode||s.host||null}return null};function V2(i){return i?i.assignedNodes({flatten:!0}).length>0:!1}const ci={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4},Ps=i=>(...e)=>({_$litDirective$:i,values:e});let Po=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,s){this._$Ct=e,this._$AM=t,this._$Ci=s}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}};const{I:B2}=FE,xg=i=>i,j2=i=>i===null||typeof i!="object"&&typeof i!="function",l0=i=>i.strings===void 0,Eg=()=>document.createComment(""),ta=(i,e,t)=>{const s=i._$AA.parentNode,r=e===void 0?i._$AB:e._$AA;if(t===void 0){const n=s.insertBefore(Eg(),r),o=s.insertBefore(Eg(),r);t=new B2(n,o,i,i.options)}else{const n=t._$AB.nextSibling,o=t._$AM,a=o!==i;if(a){let l;t._$AQ?.(i),t._$AM=i,t._$AP!==void 0&&(l=i._$AU)!==o._$AU&&t._$AP(l)}if(n!==r||a){let l=t._$AA;for(;l!==n;){const h=xg(l).nextSibling;xg(s).insertBefore(l,r),l=h}}}return t},Lr=(i,e,t=i)=>(i._$AI(e,t),i),q2={},u0=(i,e=q2)=>i._$AH=e,H2=i=>i._$AH,Rd=i=>{i._$AR(),i._$AA.remove()};const Cg=(i,e,t)=>{const s=new Map;for(let r=e;r<=t;r++)s.set(i[r],r);return s},he=Ps(class extends Po{constructor(i){if(super(i),i.type!==ci.CHILD)throw Error("repeat() can only be used in text expressions")}dt(i,e,t){let s;t===void 0?t=e:e!==void 0&&(s=e);const r=[],n=[];let o=0;for(const a of i)r[o]=s?s(a,o):o,n[o]=t(a,o),o++;return{values:n,keys:r}}render(i,e,t){return this.dt(i,e,t).values}update(i,[e,t,s]){const r=H2(i),{values:n,keys:o}=this.dt(e,t,s);if(!Array.isArray(r))return this.ut=o,n;const a=this.ut??=[],l=[];let h,d,f=0,v=r.length-1,_=0,T=n.length-1;for(;f<=v&&_<=T;)if(r[f]===null)f++;else if(r[v]===null)v--;else if(a[f]===o[_])l[_]=Lr(r[f],n[_]),f++,_++;else if(a[v]===o[T])l[T]=Lr(r[v],n[T]),v--,T--;else if(a[f]===o[T])l[T]=Lr(r[f],n[T]),ta(i,l[T+1],r[f]),f++,T--;else if(a[v]===o[_])l[_]=Lr(r[v],n[_]),ta(i,r[f],r[v]),v--,_++;else if(h===void 0&&(h=Cg(o,_,T),d=Cg(a,f,v)),h.has(a[f]))if(h.has(a[v])){const $=d.get(o[_]),D=$!==void 0?r[$]:null;if(D===null){const L=ta(i,r[f]);Lr(L,n[_]),l[_]=L}else l[_]=Lr(D,n[_]),ta(i,r[f],D),r[$]=null;_++}else Rd(r[v]),v--;else Rd(r[f]),f++;for(;_<=T;){const $=ta(i,l[T+1]);Lr($,n[_]),l[_++]=$}for(;f<=v;){const $=r[f++];$!==null&&Rd($)}return this.ut=o,u0(i,l),ot}}),F2=g`
  @keyframes uui-blink {
    0%,
    100% {
      opacity: 0.5;
    }
    50% {
      opacity: 1;
    }
  }
`,W2=mr("uui-blink 0.9s infinite both"),G2=g`
  @keyframes pulse {
    0% {
      -webkit-transform: translate(-50%, -50%) scale(0.2);
      transform: translate(-50%, -50%) scale(0.2);
      opacity: 0.9;
    }
    80% {
      -webkit-transform: translate(-50%, -50%) scale(1.2);
      transform: translate(-50%, -50%) scale(1.2);
      opacity: 0;
    }
    100% {
      -webkit-transform: translate(-50%, -50%) scale(2.2);
      transform: translate(-50%, -50%) scale(2.2);
      opacity: 0;
    }
  }
`;mr("pulse 0.8s ease-in-out infinite both");const lh=g`
  @keyframes uui-horizontal-shake {
    10%,
    90% {
      transform: translateX(-1px);
    }

    20%,
    80% {
      transform: translateX(1px);
    }

    30%,
    50%,
    70% {
      transform: translateX(-2px);
    }

    40%,
    60% {
      transform: translateX(2px);
    }
  }
`,uh=mr("uui-horizontal-shake 600ms ease backwards");U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M5 12h14"/><path d="M12 5v14"/></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3Z" /><path d="M12 9v4" /><path d="M12 17h.01" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="m21.44 11.05-9.19 9.19a6 6 0 0 1-8.49-8.49l8.57-8.57A4 4 0 1 1 18 8.84l-8.59 8.57a2 2 0 0 1-2.83-2.83l8.49-8.48" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><rect width="18" height="18" x="3" y="4" rx="2" ry="2" /><line x1="16" x2="16" y1="2" y2="6" /><line x1="8" x2="8" y1="2" y2="6" /><line x1="3" x2="21" y1="10" y2="10" /><path d="M8 14h.01" /><path d="M12 14h.01" /><path d="M16 14h.01" /><path d="M8 18h.01" /><path d="M12 18h.01" /><path d="M16 18h.01" /></svg>`;const ch=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><polyline points="20 6 9 17 4 12" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><rect width="8" height="4" x="8" y="2" rx="1" ry="1" /><path d="M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><polyline points="16 18 22 12 16 6" /><polyline points="8 6 2 12 8 18" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="m2 22 1-1h3l9-9" /><path d="M3 21v-3l9-9" /><path d="m15 6 3.4-3.4a2.1 2.1 0 1 1 3 3L18 9l.4.4a2.1 2.1 0 1 1-3 3l-3.8-3.8a2.1 2.1 0 1 1 3-3l.4.4Z" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M15.5 2H8.6c-.4 0-.8.2-1.1.5-.3.3-.5.7-.5 1.1v12.8c0 .4.2.8.5 1.1.3.3.7.5 1.1.5h9.8c.4 0 .8-.2 1.1-.5.3-.3.5-.7.5-1.1V6.5L15.5 2z" /><path d="M3 7.6v12.8c0 .4.2.8.5 1.1.3.3.7.5 1.1.5h9.8" /><path d="M15 2v5h5" /></svg>`;const Y2=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M3 6h18" /><path d="M19 6v14c0 1-1 2-2 2H7c-1 0-2-1-2-2V6" /><path d="M8 6V4c0-1 1-2 2-2h4c1 0 2 1 2 2v2" /><line x1="10" x2="10" y1="11" y2="17" /><line x1="14" x2="14" y1="11" y2="17" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M14.5 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7.5L14.5 2z" /><polyline points="14 2 14 8 20 8" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4" /><polyline points="7 10 12 15 17 10" /><line x1="12" x2="12" y1="15" y2="3" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M17 3a2.85 2.83 0 1 1 4 4L7.5 20.5 2 22l1.5-5.5Z" /><path d="m15 5 4 4" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M19 14c1.49-1.46 3-3.21 3-5.5A5.5 5.5 0 0 0 16.5 3c-1.76 0-3 .5-4.5 2-1.5-1.5-2.74-2-4.5-2A5.5 5.5 0 0 0 2 8.5c0 2.3 1.5 4.05 3 5.5l7 7Z" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M20 20a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-7.9a2 2 0 0 1-1.69-.9L9.6 3.9A2 2 0 0 0 7.93 3H4a2 2 0 0 0-2 2v13a2 2 0 0 0 2 2Z" /><path d="M2 10h20" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><polygon points="7.86 2 16.14 2 22 7.86 22 16.14 16.14 22 7.86 22 2 16.14 2 7.86 7.86 2" /><path d="m15 9-6 6" /><path d="m9 9 6 6" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" ><circle cx="12" cy="12" r="10" /><path d="M12 16v-4" /><path d="M12 8h.01" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71" /><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71" /></svg>`;const K2=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><rect width="18" height="11" x="3" y="11" rx="2" ry="2" /><path d="M7 11V7a5 5 0 0 1 10 0v4" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><rect width="4" height="16" x="6" y="4" /><rect width="4" height="16" x="14" y="4" /></svg>`;const X2=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><rect width="18" height="18" x="3" y="3" rx="2" ry="2" /><circle cx="9" cy="9" r="2" /><path d="m21 15-3.086-3.086a2 2 0 0 0-2.828 0L6 21" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><polygon points="5 3 19 12 5 21 5 3" /></svg>`;const Jf=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M18 6 6 18" /><path d="m6 6 12 12" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><circle cx="11" cy="11" r="8" /><path d="m21 21-4.3-4.3" /></svg>`;const Z2=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M2 12s3-7 10-7 10 7 10 7-3 7-10 7-10-7-10-7Z" /><circle cx="12" cy="12" r="3" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M12.22 2h-.44a2 2 0 0 0-2 2v.18a2 2 0 0 1-1 1.73l-.43.25a2 2 0 0 1-2 0l-.15-.08a2 2 0 0 0-2.73.73l-.22.38a2 2 0 0 0 .73 2.73l.15.1a2 2 0 0 1 1 1.72v.51a2 2 0 0 1-1 1.74l-.15.09a2 2 0 0 0-.73 2.73l.22.38a2 2 0 0 0 2.73.73l.15-.08a2 2 0 0 1 2 0l.43.25a2 2 0 0 1 1 1.73V20a2 2 0 0 0 2 2h.44a2 2 0 0 0 2-2v-.18a2 2 0 0 1 1-1.73l.43-.25a2 2 0 0 1 2 0l.15.08a2 2 0 0 0 2.73-.73l.22-.39a2 2 0 0 0-.73-2.73l-.15-.08a2 2 0 0 1-1-1.74v-.5a2 2 0 0 1 1-1.74l.15-.09a2 2 0 0 0 .73-2.73l-.22-.38a2 2 0 0 0-2.73-.73l-.15.08a2 2 0 0 1-2 0l-.43-.25a2 2 0 0 1-1-1.73V4a2 2 0 0 0-2-2z" /><circle cx="12" cy="12" r="3" /></svg>`;const J2=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M5 12h14" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M3 12a9 9 0 0 1 9-9 9.75 9.75 0 0 1 6.74 2.74L21 8" /><path d="M21 3v5h-5" /><path d="M21 12a9 9 0 0 1-9 9 9.75 9.75 0 0 1-6.74-2.74L3 16" /><path d="M8 16H3v5" /></svg>`;const Q2=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><rect width="18" height="11" x="3" y="11" rx="2" ry="2" /><path d="M7 11V7a5 5 0 0 1 9.9-1" /></svg>`,eC=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M9.88 9.88a3 3 0 1 0 4.24 4.24" /><path d="M10.73 5.08A10.43 10.43 0 0 1 12 5c7 0 10 7 10 7a13.16 13.16 0 0 1-1.67 2.68" /><path d="M6.61 6.61A13.526 13.526 0 0 0 2 12s3 7 10 7a9.74 9.74 0 0 0 5.39-1.61" /><line x1="2" x2="22" y1="2" y2="22" /></svg>`;U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M15 4V2" /><path d="M15 16v-2" /><path d="M8 9h2" /><path d="M20 9h2" /><path d="M17.8 11.8 19 13" /><path d="M15 9h0" /><path d="M17.8 6.2 19 5" /><path d="m3 21 9-9" /><path d="M12.2 6.2 11 5" /></svg>`;const tC=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><circle cx="12" cy="12" r="10" /><path d="m15 9-6 6" /><path d="m9 9 6 6" /></svg>`;var iC=Object.defineProperty,sC=Object.getOwnPropertyDescriptor,c0=i=>{throw TypeError(i)},ti=(i,e,t,s)=>{for(var r=s>1?void 0:s?sC(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&iC(e,t,r),r},h0=(i,e,t)=>e.has(i)||c0("Cannot "+t),rC=(i,e,t)=>(h0(i,e,"read from private field"),e.get(i)),nC=(i,e,t)=>e.has(i)?c0("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),oC=(i,e,t,s)=>(h0(i,e,"write to private field"),e.set(i,t),t),yu;let at=class extends Fi(Hi("",I2(O))){constructor(){super(),this.type="button",this.disabled=!1,this.look="default",this.color="default",this.compact=!1,this.state=void 0,this.title="",nC(this,yu),this.addEventListener("click",this._onHostClick)}getFormElement(){return this._button}async focus(){await this.updateComplete,this._button.focus()}async blur(){await this.updateComplete,this._button.blur()}async click(){await this.updateComplete,this._button.click()}_onHostClick(i){if(this.disabled){i.preventDefault(),i.stopImmediatePropagation();return}if(this._internals?.form)switch(this.type){case"reset":this._internals.form.reset();break;case"button":break;default:this._internals.form.requestSubmit?this._internals.form.requestSubmit():this._internals.form.dispatchEvent(new SubmitEvent("submit"));break}this._togglePopover()}updated(i){super.updated(i),i.has("state")&&(clearTimeout(rC(this,yu)),(this.state==="success"||this.state==="failed")&&oC(this,yu,setTimeout(()=>this.state=void 0,2e3)))}renderState(){let i;switch(this.state){case"waiting":N(this,"uui-loader-circle"),i=c`<uui-loader-circle id="loader"></uui-loader-circle>`;break;case"success":N(this,"uui-icon"),i=c`<uui-icon
          name="check"
          .fallback=${ch.strings[0]}></uui-icon>`;break;case"failed":N(this,"uui-icon"),i=c`<uui-icon
          name="wrong"
          .fallback=${tC.strings[0]}></uui-icon>`;break;default:return w}return c`<div id="state">${i}</div>`}render(){return this.href?c`
          <a
            id="button"
            aria-label=${S(this.getAttribute("aria-label")||this.label||void 0)}
            aria-labelledby=${S(this.getAttribute("aria-labelledby")||void 0)}
            title=${S(this.title===""?void 0:this.title)}
            href=${S(this.disabled?void 0:this.href)}
            target=${S(this.target||void 0)}
            rel=${S(this.rel||S(this.target==="_blank"?"noopener noreferrer":void 0))}>
            ${this.renderState()} ${this.renderLabel()}
            <slot name="extra"></slot>
          </a>
        `:c`
          <button
            id="button"
            type=${this.type}
            ?disabled=${this.disabled}
            aria-label=${S(this.getAttribute("aria-label")||this.label||void 0)}
            aria-labelledby=${S(this.getAttribute("aria-labelledby")||void 0)}
            title=${S(this.title===""?void 0:this.title)}>
            ${this.renderState()} ${this.renderLabel()}
            <slot name="extra"></slot>
          </button>
        `}};yu=new WeakMap;at.styles=[lh,g`
      :host {
        position: relative;
        display: inline-flex;
        margin-left: calc(var(--uui-button-merge-border-left, 0) * -1px);
        --uui-button-padding-left-factor: 3;
        --uui-button-padding-right-factor: 3;
        --uui-button-padding-top-factor: 1;
        --uui-button-padding-bottom-factor: 1;

        min-height: var(--uui-button-height, var(--uui-size-11,33px));
        max-height: 100%;
        cursor: pointer;

        text-align: center;
        font-size: var(--uui-button-font-size, inherit);
        font-weight: var(--uui-button-font-weight, 500);
        transition:
          background-color 80ms,
          border-color 80ms,
          color 80ms;
      }

      :host([compact]) {
        --uui-button-padding-left-factor: 1;
        --uui-button-padding-right-factor: 1;
        --uui-button-padding-top-factor: 0;
        --uui-button-padding-bottom-factor: 0;
      }

      .label {
        line-height: 1; /** needed to reset 'a > span' */
        transition: opacity 120ms;
        display: flex;
        gap: var(--uui-size-1,3px);
        align-items: center;
      }

      :host([state]:not([state=''])) .label {
        opacity: 0;
      }

      #state {
        position: absolute;
        opacity: 0;
        animation-name: fadeIn;
        animation-delay: 40ms;
        animation-duration: 360ms;
        animation-fill-mode: forwards;
        display: flex;
        justify-content: center;
        width: 100%;
        height: 100%;
        align-items: center;
      }

      #button {
        width: 100%;
        background-color: transparent;
        color: inherit;
        font-size: inherit;
        border-radius: inherit;
        font-family: inherit;
        font-weight: inherit;
        text-align: inherit;
        border: none;
        cursor: inherit;

        display: inline-flex;
        align-items: center;
        justify-content: var(--uui-button-content-align, center);

        /* for anchor tag: */
        text-decoration: none;
        color: currentColor;
        line-height: inherit;

        border-width: var(--uui-button-border-width, 1px);
        border-style: solid;
        border-radius: var(
          --uui-button-border-radius,
          var(--uui-border-radius,3px)
        );
        cursor: pointer;

        padding: calc(var(--uui-size-2,6px) * var(--uui-button-padding-top-factor))
          calc(var(--uui-size-2,6px) * var(--uui-button-padding-right-factor))
          calc(var(--uui-size-2,6px) * var(--uui-button-padding-bottom-factor))
          calc(var(--uui-size-2,6px) * var(--uui-button-padding-left-factor));

        box-shadow: none;

        transition: var(--uui-button-transition, none);
      }

      #button:focus-visible {
        outline: 2px solid
          var(
            --uui-focus-outline-color,
            var(--color-emphasis, var(--uui-color-focus,#3879ff))
          );
      }

      button[disabled]:active,
      a:not([href]):active {
        animation: ${uh};
      }

      /* ANIMATIONS */
      @keyframes fadeIn {
        0% {
          opacity: 0;
        }
        100% {
          opacity: 1;
        }
      }

      @keyframes fadeOut {
        0% {
          opacity: 1;
        }
        100% {
          opacity: 0;
        }
      }

      #icon-check,
      #icon-wrong {
        display: grid;
        place-items: center;
        width: 1.5em;
      }

      #loader {
        font-size: 1.5em;
      }
      :host([look]:not([look=''])) #loader {
        color: inherit;
      }

      /* edge case for default color */
      :host(:not([color]):not([look='primary'])),
      :host([color='']:not([look='primary'])),
      :host([color='default']:not([look='primary'])) {
        --uui-button-contrast-hover: var(--uui-color-default-emphasis,#3544b1);
      }

      :host([color='warning'][look='outline']) #button,
      :host([color='warning'][look='placeholder']) #button {
        --uui-button-contrast-hover: var(--color-standalone);
      }

      /** Button color attribute: */
      #button {
        --color: var(--uui-color-default,#1b264f);
        --color-standalone: var(--uui-color-default-standalone,rgb(
    28,
    35,
    59
  ));
        --color-emphasis: var(--uui-color-default-emphasis,#3544b1);
        --color-contrast: var(--uui-color-default-contrast,#fff);
      }
      :host([color='positive']) #button {
        --color: var(--uui-color-positive,#0b8152);
        --color-standalone: var(--uui-color-positive-standalone,rgb(
    10,
    115,
    73
  ));
        --color-emphasis: var(--uui-color-positive-emphasis,rgb(
    13,
    155,
    98
  ));
        --color-contrast: var(--uui-color-positive-contrast,#fff);
      }
      :host([color='warning']) #button {
        --color: var(--uui-color-warning,#fbd142);
        --color-standalone: var(--uui-color-warning-standalone,#a17700);
        --color-emphasis: var(--uui-color-warning-emphasis,rgb(
    251,
    224,
    101
  ));
        --color-contrast: var(--uui-color-warning-contrast,#000);
      }
      :host([color='danger']) #button {
        --color: var(--uui-color-danger,#c31d4c);
        --color-standalone: var(--uui-color-danger-standalone,rgb(
    174,
    30,
    71
  ));
        --color-emphasis: var(--uui-color-danger-emphasis,rgb(
    223,
    42,
    93
  ));
        --color-contrast: var(--uui-color-danger-contrast,white);
      }
      :host([color='invalid']) #button {
        --color: var(--uui-color-invalid,#c31d4c);
        --color-standalone: var(--uui-color-invalid-standalone,rgb(
    174,
    30,
    71
  ));
        --color-emphasis: var(--uui-color-invalid-emphasis,rgb(
    223,
    42,
    93
  ));
        --color-contrast: var(--uui-color-invalid-contrast,white);
      }
      :host([disabled]) #button {
        --color: var(--uui-color-disabled,#f3f3f5);
        --color-standalone: var(--uui-color-disabled-contrast,#c4c4c4);
        --color-emphasis: var(--uui-color-disabled,#f3f3f5);
        --color-contrast: var(--uui-color-disabled-contrast,#c4c4c4);

        cursor: default;
      }

      /** Button look attribute: */
      /* DEFAULT */
      #button {
        background-color: var(--uui-button-background-color, transparent);
        color: var(--uui-button-contrast, var(--color-standalone));
        border-color: var(--uui-button-border-color, transparent);
      }
      :host(:not([disabled]):hover) #button {
        background-color: var(
          --uui-button-background-color-hover,
          var(--uui-color-surface-emphasis,rgb(
    250,
    250,
    250
  ))
        );
        color: var(--uui-button-contrast-hover, var(--color-standalone));
        border-color: var(--uui-button-border-color-hover, transparent);
      }
      :host([disabled]) #button {
        background-color: var(
          --uui-button-background-color-disabled,
          transparent
        );
        color: var(--uui-button-contrast-disabled, var(--color-contrast));
        border-color: var(--uui-button-border-color-disabled, transparent);
      }

      /* PRIMARY */
      :host([look='primary']) #button {
        background-color: var(--uui-button-background-color, var(--color));
        color: var(--uui-button-contrast, var(--color-contrast));
        border-color: var(--uui-button-border-color, transparent);

        /* special for primary: */
        font-weight: var(--uui-button-font-weight, 700);
      }

      :host([look='primary']:hover) #button {
        background-color: var(
          --uui-button-background-color-hover,
          var(--color-emphasis)
        );
        color: var(--uui-button-contrast-hover, var(--color-contrast));
        border-color: var(--uui-button-border-color-hover, transparent);
      }

      /* special outline offset tof primary style so you can see the outline */
      :host([look='primary']) #button:focus-visible {
        outline-offset: 2px;
      }

      :host([look='primary'][disabled]) #button {
        background-color: var(
          --uui-button-background-color-disabled,
          var(--color)
        );
        color: var(--uui-button-contrast-disabled, var(--color-contrast));
        border-color: var(--uui-button-border-color-disabled, var(--color));
      }
      /* SECONDARY */
      :host([look='secondary']) #button {
        background-color: var(
          --uui-button-background-color,
          var(--uui-color-surface-alt,#f3f3f5)
        );
        color: var(--uui-button-contrast, var(--color-standalone));
        border-color: var(--uui-button-border-color, transparent);

        /* special for secondary: */
        font-weight: var(--uui-button-font-weight, 700);
      }
      :host([look='secondary']:hover) #button {
        background-color: var(
          --uui-button-background-color-hover,
          var(--uui-color-surface-emphasis,rgb(
    250,
    250,
    250
  ))
        );
        color: var(--uui-button-contrast-hover, var(--color-standalone));
        border-color: var(--uui-button-border-color-hover, transparent);
      }
      :host([look='secondary'][disabled]) #button {
        background-color: var(
          --uui-button-background-color-disabled,
          var(--color)
        );
        color: var(--uui-button-contrast-disabled, var(--color-contrast));
        border-color: var(--uui-button-border-color-disabled, var(--color));
      }

      /* OUTLINE */
      :host([look='outline']) #button {
        background-color: var(--uui-button-background-color, transparent);
        color: var(--uui-button-contrast, var(--color-standalone));
        border-color: var(
          --uui-button-border-color,
          var(--uui-color-border-standalone,#c2c2c2)
        );

        /* special for outline: */
        font-weight: var(--uui-button-font-weight, 700);
      }
      :host([look='outline']:not([disabled]):hover) #button {
        background-color: var(--uui-button-background-color-hover, transparent);
        color: var(--uui-button-contrast-hover, var(--color-standalone));
        border-color: var(--uui-button-border-color-hover);
      }
      :host([look='outline'][disabled]) #button {
        background-color: var(
          --uui-button-background-color-disabled,
          transparent
        );
        color: var(--uui-button-contrast-disabled, var(--color-standalone));
        border-color: var(
          --uui-button-border-color-disabled,
          var(--color-standalone)
        );
      }

      /* PLACEHOLDER */
      :host([look='placeholder']) #button {
        border-style: dashed;
        background-color: var(--uui-button-background-color, transparent);
        color: var(--uui-button-contrast, var(--color-standalone));
        border-color: var(
          --uui-button-border-color,
          var(--uui-color-border-standalone,#c2c2c2)
        );
      }
      :host([look='placeholder']:not([disabled]):hover) #button {
        background-color: var(--uui-button-background-color-hover, transparent);
        color: var(--uui-button-contrast-hover, var(--color-standalone));
        border-color: var(--uui-button-border-color-hover);
      }
      :host([look='placeholder'][disabled]) #button {
        background-color: var(
          --uui-button-background-color-disabled,
          var(--color)
        );
        color: var(--uui-button-contrast-disabled, var(--color-standalone));
        border-color: var(
          --uui-button-border-color-disabled,
          var(--color-standalone)
        );
      }
    `];ti([u({type:String,reflect:!0})],at.prototype,"type",2);ti([u({type:Boolean,reflect:!0})],at.prototype,"disabled",2);ti([u({reflect:!0})],at.prototype,"look",2);ti([u({reflect:!0})],at.prototype,"color",2);ti([u({type:Boolean,reflect:!0})],at.prototype,"compact",2);ti([u({type:String,reflect:!0})],at.prototype,"state",2);ti([u({type:String})],at.prototype,"href",2);ti([u({type:String})],at.prototype,"target",2);ti([u({type:String})],at.prototype,"rel",2);ti([u({type:String})],at.prototype,"title",2);ti([K("#button")],at.prototype,"_button",2);at=ti([P("uui-button")],at);var aC=Object.defineProperty,lC=Object.getOwnPropertyDescriptor,d0=(i,e,t,s)=>{for(var r=s>1?void 0:s?lC(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&aC(e,t,r),r};let Ba=class extends O{constructor(){super(...arguments),this.enforceScroll=!1}connectedCallback(){super.connectedCallback(),this.hasAttribute("tabindex")||this.setAttribute("tabindex","0")}render(){return c`<slot></slot>`}};Ba.styles=[g`
      :host {
        display: block;
        scrollbar-width: thin;
        scrollbar-color: var(--uui-color-disabled-contrast,#c4c4c4)
          var(--uui-color-surface,#fff);
        overflow-y: auto;
      }

      :host([enforce-scroll]) {
        overflow-y: scroll;
      }

      :host::-webkit-scrollbar {
        width: 6px;
        height: 6px; /* needed for horizontal scrollbar */
      }

      :host::-webkit-scrollbar-track {
        background: var(--uui-color-surface,#fff);
        border-radius: 3px;
      }
      :host::-webkit-scrollbar-thumb {
        background-color: var(--uui-color-disabled-contrast,#c4c4c4);
        border-radius: 3px;
      }
    `];d0([u({type:Boolean,reflect:!0,attribute:"enforce-scroll"})],Ba.prototype,"enforceScroll",2);Ba=d0([P("uui-scroll-container")],Ba);var uC=Object.defineProperty,cC=Object.getOwnPropertyDescriptor,p0=i=>{throw TypeError(i)},un=(i,e,t,s)=>{for(var r=s>1?void 0:s?cC(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&uC(e,t,r),r},Qf=(i,e,t)=>e.has(i)||p0("Cannot "+t),se=(i,e,t)=>(Qf(i,e,"read from private field"),t?t.call(i):e.get(i)),es=(i,e,t)=>e.has(i)?p0("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),da=(i,e,t,s)=>(Qf(i,e,"write to private field"),e.set(i,t),t),zs=(i,e,t)=>(Qf(i,e,"access private method"),t),ls,Ys,Vr,pa,Ep,hs,fa,Cp,Oi,$p,f0,kp,m0,Tp;let vs=class extends O{constructor(){super(),es(this,Oi),this.margin=0,this._placement="bottom-start",this._open=!1,this._actualPlacement=this._placement,es(this,ls,null),es(this,Ys,[]),es(this,Vr,null),es(this,pa,{width:0,height:0}),es(this,Ep,i=>{this._open=i.newState==="open",da(this,ls,z2(this,"popovertarget",this.id)),se(this,ls)?.dispatchEvent(new CustomEvent("uui-popover-before-toggle",{bubbles:!1,composed:!1,detail:{oldState:i.oldState,newState:i.newState}})),this._open?(zs(this,Oi,m0).call(this),zs(this,Oi,f0).call(this),requestAnimationFrame(()=>{se(this,hs).call(this)})):(zs(this,Oi,kp).call(this),this.style.removeProperty("--_available-height"))}),es(this,hs,()=>{this._open&&(this._actualPlacement=this._placement,this.style.opacity="0",se(this,fa).call(this,3))}),es(this,fa,i=>{if(se(this,Cp).call(this),i--,se(this,ls)===null)return;const e=this._actualPlacement.indexOf("top")!==-1,t=this._actualPlacement.indexOf("bottom")!==-1,s=this._actualPlacement.indexOf("left")!==-1,r=this._actualPlacement.indexOf("right")!==-1,n=this._actualPlacement.indexOf("-start")!==-1,o=this._actualPlacement.indexOf("-end")!==-1,a=se(this,ls).getBoundingClientRect(),l=this.getBoundingClientRect();let h=0,d=0;t&&(h=a.top+a.height,n&&(d=a.left),o&&(d=a.left+a.width-l.width),!n&&!o&&(d=a.left+a.width/2-l.width/2)),e&&(h=a.top-l.height,n&&(d=a.left),o&&(d=a.left+a.width-l.width),!n&&!o&&(d=a.left+a.width/2-l.width/2)),s&&(d=a.left-l.width,n&&(h=a.top),o&&(h=a.top+a.height-l.height),!n&&!o&&(h=a.top+a.height/2-l.height/2)),r&&(d=a.left+a.width,n&&(h=a.top),o&&(h=a.top+a.height-l.height),!n&&!o&&(h=a.top+a.height/2-l.height/2));const f=window.innerWidth,v=window.innerHeight,_=Math.min(0,a.top+a.height),T=Math.max(Math.min(h,v-l.height),a.top-l.height);if(Math.max(_,T)!==h&&(e||t)&&i>0){zs(this,Oi,$p).call(this),se(this,fa).call(this,i);return}h=Math.max(_,T);const D=Math.min(0,a.left+a.width),L=Math.max(Math.min(d,f-l.width),a.left-l.width),H=Math.max(D,L);if(H!==d&&(s||r)&&i>0){zs(this,Oi,$p).call(this),se(this,fa).call(this,i);return}if(d=H,h+l.height<0||h>v||d+l.width<0||d>f){this.hidePopover();return}const R=e?a.top-2*this.margin:t?v-(a.top+a.height)-2*this.margin:v-a.top-this.margin;this.style.setProperty("--_available-height",`${Math.max(R,0)}px`),this.style.transform=`translate(${d}px, ${h}px)`,this.style.opacity="1"}),es(this,Cp,()=>{const i={top:"bottom",bottom:"top",left:"right",right:"left"};let e=this._actualPlacement.split("-")[0];e=i[e]||e,e=e.charAt(0).toUpperCase()+e.slice(1);const t=`margin${e}`;this.style.margin="0",this.style[t]=`${this.margin}px`}),this.addEventListener("beforetoggle",se(this,Ep),{passive:!0})}get open(){return this._open}get placement(){return this._placement}set placement(i){this._placement=i,this._actualPlacement=i,se(this,hs).call(this)}connectedCallback(){super.connectedCallback(),this.hasAttribute("popover")||this.setAttribute("popover",""),se(this,Vr)||(da(this,Vr,new ResizeObserver(i=>{const e=i[0],t=e.contentRect.width,s=e.contentRect.height;t===se(this,pa).width&&s===se(this,pa).height||(da(this,pa,{width:t,height:s}),se(this,hs).call(this))})),se(this,Vr).observe(this))}disconnectedCallback(){super.disconnectedCallback(),zs(this,Oi,kp).call(this),se(this,Vr)?.disconnect(),da(this,Vr,null)}_getScrollParents(){return se(this,Ys)}render(){return c`<uui-scroll-container><slot></slot></uui-scroll-container>`}};ls=new WeakMap;Ys=new WeakMap;Vr=new WeakMap;pa=new WeakMap;Ep=new WeakMap;hs=new WeakMap;fa=new WeakMap;Cp=new WeakMap;Oi=new WeakSet;$p=function(){const[i,e]=this._actualPlacement.split("-"),t=i==="top"?"bottom":i==="bottom"?"top":i==="left"?"right":"left";this._actualPlacement=`${t}-${e}`};f0=function(){se(this,Ys).forEach(i=>{i.addEventListener("scroll",se(this,hs),{passive:!0})}),document.addEventListener("scroll",se(this,hs),{passive:!0})};kp=function(){se(this,Ys).forEach(i=>{i.removeEventListener("scroll",se(this,hs))}),document.removeEventListener("scroll",se(this,hs))};m0=function(){if(da(this,Ys,[]),!se(this,ls))return;let i=getComputedStyle(se(this,ls));if(i.position==="fixed")return;let e=i.position==="absolute";const t=/(auto|scroll)/;let s=se(this,ls);for(;s;){if(i=getComputedStyle(s),e&&i.position==="static"){s=zs(this,Oi,Tp).call(this,s);continue}if(i.position!=="static"&&(e=i.position==="absolute"),t.test(i.overflow+i.overflowY+i.overflowX)&&se(this,Ys).push(s),i.position==="fixed")return;s=zs(this,Oi,Tp).call(this,s)}se(this,Ys).push(document.body)};Tp=function(i){return i?.assignedSlot?i.assignedSlot:i?.parentElement?i.parentElement:i?.getRootNode()?.host};vs.styles=[g`
      :host {
        margin: 0;
        width: fit-content;
        height: fit-content;
        border: none;
        padding: 0;
        background-color: none;
        background: none;
        color: var(--uui-color-text,#060606);
        box-shadow: var(--uui-shadow-depth-4,0 14px 28px rgba(0,0,0,0.25) , 0 10px 10px rgba(0,0,0,0.22));
        border-radius: var(--uui-border-radius,3px);
      }

      uui-scroll-container {
        max-height: var(--_available-height, none);
      }
    `];un([u({type:Number})],vs.prototype,"margin",2);un([u({type:Boolean})],vs.prototype,"open",1);un([u({type:String,reflect:!0})],vs.prototype,"placement",1);un([m()],vs.prototype,"_placement",2);un([m()],vs.prototype,"_open",2);un([m()],vs.prototype,"_actualPlacement",2);vs=un([P("uui-popover-container")],vs);var hC=Object.getOwnPropertyDescriptor,dC=(i,e,t,s)=>{for(var r=s>1?void 0:s?hC(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let Pp=class extends O{render(){return U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
      <circle cx="17" cy="50" r="9"></circle>
      <circle cx="50" cy="50" r="9"></circle>
      <circle cx="83" cy="50" r="9"></circle>
    </svg>`}};Pp.styles=[g`
      :host {
        display: inline-block;
        vertical-align: bottom;
        width: 1.15em;
        height: 1.15em;
      }

      svg {
        fill: currentColor;
      }
    `];Pp=dC([P("uui-symbol-more")],Pp);var pC=Object.defineProperty,fC=Object.getOwnPropertyDescriptor,b0=i=>{throw TypeError(i)},So=(i,e,t,s)=>{for(var r=s>1?void 0:s?fC(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&pC(e,t,r),r},em=(i,e,t)=>e.has(i)||b0("Cannot "+t),Y=(i,e,t)=>(em(i,e,"read from private field"),t?t.call(i):e.get(i)),ki=(i,e,t)=>e.has(i)?b0("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),ps=(i,e,t,s)=>(em(i,e,"write to private field"),e.set(i,t),t),Mi=(i,e,t)=>(em(i,e,"access private method"),t),Li,hi,us,Hs,Bu,ja,Ea,fs,Wt,g0,v0,tm,im,Sp,sm,Vn;let Js=class extends O{constructor(){super(...arguments),ki(this,Wt),this.collapse="end",ki(this,Li,[]),ki(this,hi,[]),ki(this,us,new Map),ki(this,Hs,[]),ki(this,Bu,new ResizeObserver(Mi(this,Wt,v0).bind(this))),ki(this,ja,[]),ki(this,Ea,!1),ki(this,fs,!1),ki(this,Vn,i=>{const e=i.currentTarget,t=Y(this,us).get(e);t&&(this._popoverContainerElement?.hidePopover(),t.click())})}connectedCallback(){super.connectedCallback(),ps(this,fs,!0),Mi(this,Wt,g0).call(this)}disconnectedCallback(){super.disconnectedCallback(),ps(this,fs,!1),Y(this,Bu).disconnect(),Mi(this,Wt,im).call(this)}render(){const i=c`
      <uui-button
        popovertarget="popover-container"
        style="display: none"
        id="more-button"
        label="More"
        compact>
        <slot name="trigger-content">
          <uui-symbol-more></uui-symbol-more>
        </slot>
      </uui-button>
    `;return c`
      <div id="main">
        ${this.collapse==="start"?i:""}
        <div id="items-container">
          <slot @slotchange=${Mi(this,Wt,tm)}></slot>
        </div>
        ${this.collapse==="end"?i:""}
      </div>
      <uui-popover-container
        id="popover-container"
        popover
        placement=${this.collapse==="start"?"bottom-start":"bottom-end"}>
        <div id="dropdown-container">
          ${he(Y(this,hi),e=>c`${e}`)}
        </div>
      </uui-popover-container>
    `}};Li=new WeakMap;hi=new WeakMap;us=new WeakMap;Hs=new WeakMap;Bu=new WeakMap;ja=new WeakMap;Ea=new WeakMap;fs=new WeakMap;Wt=new WeakSet;g0=async function(){N(this,"uui-button"),N(this,"uui-popover-container"),N(this,"uui-symbol-more"),await this.updateComplete,Y(this,fs)&&(Y(this,Bu).observe(this._mainElement),requestAnimationFrame(()=>{Y(this,fs)&&Mi(this,Wt,tm).call(this)}))};v0=function(i){if(!Y(this,fs))return;const e=i[0].contentBoxSize[0].inlineSize;Mi(this,Wt,sm).call(this,e)};tm=function(){Y(this,fs)&&(Mi(this,Wt,im).call(this),ps(this,Li,this._slottedNodes?[...this._slottedNodes]:[]),Y(this,Li).forEach(i=>{const e=new ResizeObserver(Mi(this,Wt,Sp).bind(this));e.observe(i),Y(this,ja).push(e)}),Mi(this,Wt,Sp).call(this))};im=function(){Y(this,ja).forEach(i=>i.disconnect()),ps(this,ja,[]),ps(this,Hs,[]),Y(this,hi).forEach(i=>{i.removeEventListener("click",Y(this,Vn))}),ps(this,hi,[]),Y(this,us).clear()};Sp=async function(){if(!Y(this,fs)||Y(this,Ea))return;ps(this,Ea,!0),await this.updateComplete;const i=Number.parseFloat(getComputedStyle(this).getPropertyValue("--uui-responsive-container-gap")),e=Number.isNaN(i)?8:i;let t=0;for(let r=0;r<Y(this,Li).length;r++)Y(this,Li)[r].style.display="",t+=Y(this,Li)[r].offsetWidth,Y(this,Hs)[r]=t,t+=e;const s=2;this._mainElement.style.width=t-e+s+"px",Mi(this,Wt,sm).call(this,this._mainElement.offsetWidth),ps(this,Ea,!1)};sm=function(i){const e=this._moreButtonElement?.offsetWidth||40,t=i-e;Y(this,hi).forEach(r=>{r.removeEventListener("click",Y(this,Vn))}),ps(this,hi,[]),Y(this,us).clear();const s=Y(this,Hs).length;if(this.collapse==="end")for(let r=0;r<s;r++){const n=Y(this,Hs)[r],o=Y(this,Li)[r],a=r===s-1?i:t;if(n<=a)o.style.display="";else{o.style.display="none";const l=o.cloneNode(!0);l.style.display="",l.addEventListener("click",Y(this,Vn)),Y(this,us).set(l,o),Y(this,us).set(o,l),Y(this,hi).push(l)}}else{const r=Y(this,Hs)[s-1]||0;for(let n=0;n<s;n++){const o=Y(this,Li)[n],a=r-(n>0?Y(this,Hs)[n-1]:0),h=(n===0||Y(this,Li)[n-1].style.display==="none")&&Y(this,hi).length===0?i:t;if(a<=h)o.style.display="";else{o.style.display="none";const d=o.cloneNode(!0);d.style.display="",d.addEventListener("click",Y(this,Vn)),Y(this,us).set(d,o),Y(this,us).set(o,d),Y(this,hi).push(d)}}}Y(this,hi).length===0?(this._moreButtonElement.style.display="none",this._popoverContainerElement?.hidePopover()):this._moreButtonElement.style.display="",this.requestUpdate()};Vn=new WeakMap;Js.styles=[g`
      :host {
        display: flex;
        min-width: 0;
      }

      #main {
        display: flex;
        overflow: hidden;
        align-items: center;
      }

      #items-container {
        display: flex;
        gap: var(--uui-responsive-container-gap, var(--uui-size-3,9px));
        overflow: hidden;
        align-items: center;
      }

      #more-button {
        --uui-button-background-color: transparent;
        --uui-button-background-color-hover: var(--uui-color-surface-alt,#f3f3f5);
        flex-shrink: 0;
      }

      :host([collapse='end']) #more-button,
      :host(:not([collapse])) #more-button {
        margin-left: var(--uui-responsive-container-gap, var(--uui-size-3,9px));
      }

      :host([collapse='start']) #more-button {
        margin-right: var(--uui-responsive-container-gap, var(--uui-size-3,9px));
      }

      #dropdown-container {
        display: flex;
        flex-direction: column;
        background-color: var(--uui-color-surface,#fff);
        border-radius: var(--uui-border-radius,3px);
        box-shadow: var(--uui-shadow-depth-3,0 10px 20px rgba(0,0,0,0.19) , 0 6px 6px rgba(0,0,0,0.23));
        overflow: hidden;
        padding: var(--uui-size-space-2,6px);
        gap: var(--uui-size-space-1,3px);
      }
    `];So([K("#more-button")],Js.prototype,"_moreButtonElement",2);So([K("#popover-container")],Js.prototype,"_popoverContainerElement",2);So([K("#main")],Js.prototype,"_mainElement",2);So([u({type:String,reflect:!0})],Js.prototype,"collapse",2);So([Ts({flatten:!0})],Js.prototype,"_slottedNodes",2);Js=So([P("uui-responsive-container")],Js);var mC=Object.defineProperty,bC=Object.getOwnPropertyDescriptor,rm=(i,e,t,s)=>{for(var r=s>1?void 0:s?bC(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&mC(e,t,r),r};let eo=class extends O{constructor(){super(...arguments),this.lastItem=!1}connectedCallback(){super.connectedCallback()}_onKeydown(i){i.key==="Enter"&&i.currentTarget.click()}renderLinkAndSeparator(){const i=this.href?c`<a id="link" href=${this.href}><slot></slot></a>`:c`<span
          id="link"
          tabindex="0"
          role="link"
          @keydown=${this._onKeydown}
          ><slot></slot
        ></span>`;return c`${i}<span part="separator"></span>`}renderCurrent(){return c`<span id="last-item"><slot></slot></span>`}render(){return c`${this.lastItem?this.renderCurrent():this.renderLinkAndSeparator()}`}};eo.styles=[g`
      :host {
        font-size: var(--uui-type-small-size,12px);
        color: currentColor;
      }

      a,
      a:visited,
      span#link {
        color: currentColor;
        cursor: pointer;
        text-decoration: underline;
      }
      a:hover,
      span#link:hover {
        color: var(--uui-color-interactive-emphasis,#3544b1);
      }
      a:focus,
      span#link:focus {
        color: var(--uui-color-focus,#3879ff);
      }

      a:focus-visible,
      span#link:focus-visible {
        border-radius: var(--uui-border-radius,3px);
        outline: 2px solid var(--uui-color-focus,#3879ff);
      }

      [part='separator']::after {
        content: '/';
        speak: never;
        position: relative;
        top: 1px;
        margin: -3px 1px 0;
        color: var(--uui-color-border,#d8d7d9);
      }

      #link,
      #last-item {
        padding: 0 4px;
        max-width: 150px;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
    `];rm([u()],eo.prototype,"href",2);rm([u({type:Boolean,attribute:"last-item"})],eo.prototype,"lastItem",2);eo=rm([P("uui-breadcrumb-item")],eo);var gC=Object.defineProperty,vC=Object.getOwnPropertyDescriptor,y0=(i,e,t,s)=>{for(var r=s>1?void 0:s?vC(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&gC(e,t,r),r};let ju=class extends O{elementIsBreadcrumbItem(i){return i instanceof eo}connectedCallback(){super.connectedCallback(),this.setAttribute("aria-label","breadcrumb"),this.setAttribute("role","navigation"),N(this,"uui-responsive-container")}handleSlotChange(){if(this.slotNodes.length>0){const i=this.slotNodes[this.slotNodes.length-1];i.setAttribute("aria-current","page"),this.elementIsBreadcrumbItem(i)&&(i.lastItem=!0)}}render(){return c`<uui-responsive-container
      id="breadcrumbs-list"
      collapse="start">
      <span slot="trigger-content">
        <span class="ellipsis">…</span> <span class="separator">/</span>
      </span>
      <slot @slotchange=${this.handleSlotChange}></slot>
    </uui-responsive-container>`}};ju.styles=[g`
      :host {
        display: flex;
      }

      #breadcrumbs-list {
        display: flex;
        list-style-type: decimal;
        margin-block-start: 0em;
        margin-block-end: 0em;
        margin-inline-start: 0px;
        margin-inline-end: 0px;
        padding-inline-start: 0px;
      }
      uui-responsive-container {
        --uui-responsive-container-gap: 0;
      }

      /* Style the trigger content to match breadcrumb items */
      [slot='trigger-content'] {
        font-size: var(--uui-type-small-size,12px);
      }

      [slot='trigger-content'] .ellipsis {
        color: currentColor; /* Black/default text color */
      }

      [slot='trigger-content'] .separator {
        color: var(--uui-color-border,#d8d7d9); /* Matches breadcrumb separator */
        margin-left: var(--uui-size-2,6px);
      }
    `];y0([Ts({flatten:!0,selector:"uui-breadcrumb-item, [uui-breadcrumb-item], [role=listitem]"})],ju.prototype,"slotNodes",2);ju=y0([P("uui-breadcrumbs")],ju);const _0="important",yC=" !"+_0,ys=Ps(class extends Po{constructor(i){if(super(i),i.type!==ci.ATTRIBUTE||i.name!=="style"||i.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(i){return Object.keys(i).reduce((e,t)=>{const s=i[t];return s==null?e:e+`${t=t.includes("-")?t:t.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,"-$&").toLowerCase()}:${s};`},"")}update(i,[e]){const{style:t}=i.element;if(this.ft===void 0)return this.ft=new Set(Object.keys(e)),this.render(e);for(const s of this.ft)e[s]==null&&(this.ft.delete(s),s.includes("-")?t.removeProperty(s):t[s]=null);for(const s in e){const r=e[s];if(r!=null){this.ft.add(s);const n=typeof r=="string"&&r.endsWith(yC);s.includes("-")||n?t.setProperty(s,n?r.slice(0,-11):r,n?_0:""):t[s]=r}}return ot}});class $g extends le{static{this.CLICK="click"}constructor(e,t={}){super(e,{bubbles:!0,composed:!0,...t})}}var _C=Object.defineProperty,wC=Object.getOwnPropertyDescriptor,w0=i=>{throw TypeError(i)},cn=(i,e,t,s)=>{for(var r=s>1?void 0:s?wC(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&_C(e,t,r),r},xC=(i,e,t)=>e.has(i)||w0("Cannot "+t),EC=(i,e,t)=>e.has(i)?w0("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),qu=(i,e,t)=>(xC(i,e,"access private method"),t),Bn,nm,x0,E0;let _s=class extends O{constructor(){super(...arguments),EC(this,Bn),this._position=0,this.vertical=!1}_onMouseMove(i){this._position=(this.vertical?i.offsetY:i.offsetX)-5}_handleClick(i){i.preventDefault(),i.stopImmediatePropagation(),i.target?.blur?.(),this.dispatchEvent(new $g($g.CLICK))}render(){return this.href?qu(this,Bn,x0).call(this):qu(this,Bn,E0).call(this)}};Bn=new WeakSet;nm=function(){return c`
      <div
        id="plus"
        style=${ys({left:this.vertical?"":this._position+"px",top:this.vertical?this._position+"px":""})}>
        <svg
          id="plus-icon"
          xmlns="http://www.w3.org/2000/svg"
          viewBox="0 0 512 512">
          <path
            d="M420.592 214.291H296.104V89.804h-83.102v124.487H88.518v83.104h124.484v124.488h83.102V297.395h124.488z" />
        </svg>
      </div>
    `};x0=function(){return c`<a
      id="button-wrapper"
      @mousemove=${this._onMouseMove}
      href=${S(this.href)}
      target=${S(this.target||void 0)}
      rel=${S(this.rel||S(this.target==="_blank"?"noopener noreferrer":void 0))}
      aria-label=${this.label?this.label:"create new element"}>
      ${qu(this,Bn,nm).call(this)}
    </a>`};E0=function(){return c`
      <button
        id="button-wrapper"
        @mousemove=${this._onMouseMove}
        @click=${this._handleClick}
        aria-label=${this.label?this.label:"create new element"}>
        ${qu(this,Bn,nm).call(this)}
      </button>
    `};_s.styles=[F2,g`
      :host {
        display: flex;
        position: relative;
        z-index: 1;
      }

      :host(:not([vertical])) {
        height: 20px;
        width: 100%;
        margin: -10px 0;
      }

      :host([vertical]) {
        height: 100%;
        width: 20px;
        margin: 0 -10px;
      }

      #button-wrapper {
        display: flex;
        justify-content: center;
        align-items: center;

        position: absolute;
        z-index: 1;
        outline: 0;
        transition: opacity 0.24s;
        display: inline-flex;
        width: 100%;
        border: none;
        height: 100%;
        padding: 0;

        text-decoration: none;
        background: transparent;
        color: currentColor;

        cursor: pointer;
        -webkit-appearance: none;
        -moz-appearance: none;

        opacity: 0;
      }

      :host(:focus) #button-wrapper,
      :host(:focus-within) #button-wrapper,
      :host(:hover) #button-wrapper {
        opacity: 1;
      }

      :host(:focus) #button-wrapper:before,
      :host(:focus-within) #button-wrapper:before,
      :host(:hover) #button-wrapper:before {
        animation: ${W2};
        background-color: var(--uui-color-interactive-emphasis,#3544b1);
        border-color: var(--uui-color-surface,#fff) !important;
      }

      #button-wrapper:before {
        content: '';
        position: absolute;
        right: 0;
        left: 0;
        height: 2px;
        background-color: transparent;
        border-top: 1px solid transparent;
        border-bottom: 1px solid transparent;
        border-radius: 2px;
        pointer-events: none;
        transition:
          background-color 720ms ease-out,
          border-color 240ms;
      }

      :host(:not([vertical])) #button-wrapper:before {
        top: 50%;
        transform: translateY(-50%);
      }

      :host([vertical]) #button-wrapper:before {
        height: 100%;
        width: 2px;
        left: 50%;
        transform: translateX(-50%);
        border-top: none;
        border-bottom: none;
        border-left: 1px solid transparent;
        border-right: 1px solid transparent;
      }

      :host(:not([vertical]):not(:hover)) #plus:not(:focus) {
        left: calc(50% - 2px) !important;
      }

      :host([vertical]:not(:hover)) #plus:not(:focus) {
        top: calc(50% - 2px) !important;
      }

      #plus {
        position: absolute;
        display: flex;
        justify-content: center;
        align-items: center;
        pointer-events: none;
        box-sizing: border-box;
        width: 28px;
        height: 28px;
        border-radius: 3em;
        font-size: 14px;
        border: 2px solid var(--uui-color-interactive-emphasis,#3544b1);
        color: var(--uui-color-interactive-emphasis,#3544b1);
        background-color: var(--uui-color-surface,#fff);

        opacity: 0;
        transform: scale(0);
        transition:
          transform 240ms ease-in,
          opacity 240ms,
          left 100ms linear 150ms,
          top 100ms linear 150ms;
      }
      :host(:focus) #plus,
      :host(:focus-within) #plus,
      :host(:hover) #plus {
        opacity: 1;
        transform: scale(1);
        transition:
          transform 240ms cubic-bezier(0.175, 0.885, 0.32, 1.275),
          opacity 80ms,
          box-shadow 240ms cubic-bezier(0.175, 0.885, 0.32, 1.275);
        box-shadow: 0 0 0 2px var(--uui-color-surface,#fff);
      }

      :host(:not([vertical])) #plus {
        margin-left: -18px;
      }

      :host([vertical]) #plus {
        left: -4px;
        margin-top: -18px;
      }

      #button-wrapper:focus #plus {
        /* TODO: implement focus outline system */
        border: 2px solid var(--uui-color-focus,#3879ff);
        color: var(--uui-color-focus,#3879ff);
      }

      #plus-icon {
        width: 50%;
        fill: currentColor;
      }

      #button-wrapper:active #plus {
        transform: scale(1.1);
      }
    `];cn([m()],_s.prototype,"_position",2);cn([u({type:String})],_s.prototype,"label",2);cn([u({type:Boolean,reflect:!0})],_s.prototype,"vertical",2);cn([u({type:String})],_s.prototype,"href",2);cn([u({type:String})],_s.prototype,"target",2);cn([u({type:String})],_s.prototype,"rel",2);_s=cn([P("uui-button-inline-create")],_s);class Zl extends le{constructor(){super(...arguments),this.text=null}static{this.COPIED="copied"}static{this.COPYING="copying"}}var CC=Object.defineProperty,$C=Object.getOwnPropertyDescriptor,C0=i=>{throw TypeError(i)},hh=(i,e,t,s)=>{for(var r=s>1?void 0:s?$C(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&CC(e,t,r),r},$0=(i,e,t)=>e.has(i)||C0("Cannot "+t),Md=(i,e,t)=>($0(i,e,"read from private field"),t?t.call(i):e.get(i)),kg=(i,e,t)=>e.has(i)?C0("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),kC=(i,e,t,s)=>($0(i,e,"write to private field"),e.set(i,t),t),ma,Ap;let to=class extends at{constructor(){super(),this.text="",this.copyFrom="",this.animationStateDelay=250,kg(this,ma),kg(this,Ap,async()=>{this.state="waiting";let i=this.text;if(this.copyFrom){const t=document.getElementById(this.copyFrom);if(t)"value"in t?i=t.value:i=t.textContent??t.innerText??"";else{console.error(`Element ID ${this.copyFrom} not found to copy from`),this.state="failed";return}}const e=new Zl(Zl.COPYING);e.text=i,this.dispatchEvent(e),e.text!=null&&(i=e.text);try{await navigator.clipboard.writeText(i);const t=new Zl(Zl.COPIED);t.text=i,this.dispatchEvent(t),kC(this,ma,setTimeout(()=>{this.state="success"},this.animationStateDelay))}catch(t){this.state="failed",console.error("Error copying to clipboard",t)}}),N(this,"uui-icon"),this.addEventListener("click",Md(this,Ap))}disconnectedCallback(){super.disconnectedCallback(),Md(this,ma)&&clearTimeout(Md(this,ma))}renderLabel(){return c`
      <slot class="label">
        <uui-icon name="copy"></uui-icon>
      </slot>
    `}};ma=new WeakMap;Ap=new WeakMap;to.styles=at.styles;hh([u({type:String})],to.prototype,"text",2);hh([u({type:String,attribute:"copy-from"})],to.prototype,"copyFrom",2);hh([u({type:Number,attribute:"animation-state-delay"})],to.prototype,"animationStateDelay",2);to=hh([P("uui-button-copy-text")],to);var TC=Object.getOwnPropertyDescriptor,PC=(i,e,t,s)=>{for(var r=s>1?void 0:s?TC(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let Hu=class extends Wi{renderCheckbox(){return c`
      <div id="ticker">
        <div id="icon-check">
          ${this.indeterminate?J2:ch}
        </div>
      </div>
    `}};Hu.formAssociated=!0;Hu.styles=[...Wi.styles,lh,g`
      :host {
        --uui-checkbox-size: 18px;
      }

      #ticker {
        position: relative;
        grid-area: 'input';
        display: flex;
        align-items: center;
        justify-content: center;
        flex-shrink: 0;

        box-sizing: border-box;
        width: var(--uui-checkbox-size);
        height: var(--uui-checkbox-size);
        border-radius: var(
          --uui-checkbox-border-radius,
          var(--uui-border-radius,3px)
        );

        color: var(--uui-toggle-color, var(--uui-color-selected-contrast,#fff));
        background-color: var(
          --uui-toggle-background-color,
          var(--uui-color-surface,#fff)
        );
        border: 1px solid
          var(--uui-checkbox-border-color, var(--uui-color-border-standalone,#c2c2c2));
        font-size: calc(var(--uui-checkbox-size) * 0.7);
      }
      label:hover input:not([disabled]) + #ticker {
        border-color: var(
          --uui-checkbox-border-color-hover,
          var(--uui-color-border-emphasis,#a1a1a1)
        );
        background-color: var(
          --uui-checkbox-background-color-hover,
          var(--uui-color-surface-emphasis,rgb(
    250,
    250,
    250
  ))
        );
      }
      label:focus #ticker {
        border-color: var(
          --uui-checkbox-border-color-focus,
          var(--uui-color-border-emphasis,#a1a1a1)
        );
        background-color: var(
          --uui-checkbox-background-color-focus,
          var(--uui-color-surface-emphasis,rgb(
    250,
    250,
    250
  ))
        );
      }
      input:checked:not([disabled]) + #ticker,
      input:indeterminate:not([disabled]) + #ticker {
        border-color: var(--uui-color-selected,#3544b1);
      }

      label:hover input:checked:not([disabled]) + #ticker,
      label:hover input:indeterminate:not([disabled]) + #ticker {
        border-color: var(--uui-color-selected-emphasis,rgb(
    70,
    86,
    200
  ));
      }

      label:focus input:checked + #ticker,
      label:focus input:indeterminate + #ticker {
        border-color: var(--uui-color-selected-emphasis,rgb(
    70,
    86,
    200
  ));
      }

      #icon-check {
        position: absolute;
        vertical-align: middle;
        width: 1em;
        height: 1em;
        line-height: 0;
        transition:
          fill 120ms,
          opacity 120ms;
        color: var(--uui-color-selected-contrast,#fff);
        opacity: 0;
      }

      #ticker::before {
        content: '';
        position: absolute;
        top: 0;
        left: 0;
        bottom: 0;
        right: 0;
        border-radius: calc(
          var(--uui-checkbox-border-radius, var(--uui-border-radius,3px)) * 0.5
        );
        background-color: var(--uui-color-selected,#3544b1);
        transition:
          transform 120ms ease,
          opacity 120ms,
          background-color 120ms;
        transform: scale(0);
        opacity: 0;
      }
      label:hover input:checked:not([disabled]) + #ticker::before,
      label:hover input:indeterminate:not([disabled]) + #ticker::before {
        background-color: var(--uui-color-selected-emphasis,rgb(
    70,
    86,
    200
  ));
      }

      input:checked + #ticker::before,
      input:indeterminate + #ticker::before {
        transform: scale(1);
        opacity: 1;
      }
      input:checked + #ticker #icon-check,
      input:indeterminate + #ticker #icon-check {
        opacity: 1;
      }
      label:focus input:checked + #ticker,
      label:focus input:indeterminate + #ticker {
        background-color: var(--uui-color-selected-emphasis,rgb(
    70,
    86,
    200
  ));
      }

      input:focus + #ticker {
        outline: calc(2px * var(--uui-show-focus-outline, 1)) solid
          var(--uui-color-focus,#3879ff);
      }

      :host(:not([disabled], [readonly]))
        label:active
        input:checked
        + #ticker::before {
        /** Stretch when mouse down */
        transform: scale(0.9);
      }

      :host(:not([disabled], [readonly]))
        label:active
        input:indeterminate
        + #ticker::before {
        /** Stretch when mouse down */
        transform: scale(0.9);
      }

      :host(:not([pristine]):invalid) #ticker,
      :host(:not([pristine]):invalid) label:hover #ticker,
      :host(:not([pristine]):invalid) label:hover input:checked:not([disabled]) + #ticker,
      :host(:not([pristine]):invalid) label:hover input:indeterminate:not([disabled]) + #ticker,
      :host(:not([pristine]):invalid) label:focus input:checked + #ticker,
      :host(:not([pristine]):invalid) label:focus input:indeterminate + #ticker,
      /* polyfill support */
      :host(:not([pristine])[internals-invalid]) #ticker,
      :host(:not([pristine])[internals-invalid]) label:hover #ticker,
      :host(:not([pristine])[internals-invalid]) label:hover input:checked:not([disabled]) + #ticker,
      :host(:not([pristine])[internals-invalid]) label:hover input:indeterminate:not([disabled]) + #ticker,
      :host(:not([pristine])[internals-invalid]) label:focus input:checked + #ticker,
      :host(:not([pristine])[internals-invalid]) label:focus input:indeterminate + #ticker {
        border: 1px solid var(--uui-color-invalid-standalone,rgb(
    174,
    30,
    71
  ));
      }

      :host([disabled]) #ticker {
        background-color: var(--uui-color-disabled,#f3f3f5);
      }
      :host([disabled]) input:checked + #ticker {
        background-color: var(--uui-color-disabled,#f3f3f5);
      }
      :host([disabled]) input:indeterminate + #ticker {
        background-color: var(--uui-color-disabled,#f3f3f5);
      }
      :host([disabled]) #ticker::before {
        background-color: var(--uui-color-disabled,#f3f3f5);
      }
      :host([disabled]) #ticker #icon-check {
        color: var(--uui-color-disabled-contrast,#c4c4c4);
      }
      :host([disabled]) label:active #ticker {
        animation: ${uh};
      }
      :host([disabled]) input:checked + #ticker #icon-check,
      :host([disabled]) input:indeterminate + #ticker #icon-check {
        color: var(--uui-color-disabled-contrast,#c4c4c4);
      }
    `];Hu=PC([P("uui-checkbox")],Hu);class Jl extends le{static{this.OPEN="open"}}var SC=Object.defineProperty,AC=Object.getOwnPropertyDescriptor,Ao=(i,e,t,s)=>{for(var r=s>1?void 0:s?AC(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&SC(e,t,r),r};let lt=class extends ah(ko(O)){constructor(){super(...arguments),this.disabled=!1,this.error=!1}handleOpenClick(i){this.disabled||(i.stopPropagation(),this.dispatchEvent(new Jl(Jl.OPEN)))}handleOpenKeydown(i){this.disabled||i.key==="Enter"&&(i.preventDefault(),i.stopPropagation(),this.dispatchEvent(new Jl(Jl.OPEN)))}renderCheckbox(){if(this.selectable)return c`
      <uui-checkbox
        id="select-checkbox"
        label="select"
        tabindex="-1"
        ?checked=${this.selected}
        @click=${i=>i.stopPropagation()}
        @change=${()=>this.click()}>
      </uui-checkbox>
    `}render(){return c`<slot id="open-part"></slot>
      <div id="select-border"></div>`}};lt.styles=[Co,g`
      :host {
        position: relative;
        display: flex;
        width: 100%;
        justify-content: center;
        box-sizing: border-box;
        box-shadow: var(--uui-shadow-depth-1,0 1px 3px rgba(0,0,0,0.12) , 0 1px 2px rgba(0,0,0,0.24));
        border-radius: var(--uui-border-radius,3px);
        min-height: var(--uui-layout-medium);
        background-color: var(--uui-color-surface,#fff);
        --uui-card-border-width: 3px;
        transition: box-shadow 100ms ease-out;
      }

      :host([selectable]:focus-visible) {
        outline-color: var(--uui-color-focus,#3879ff);
        outline-width: var(--uui-card-border-width);
        outline-style: solid;
        outline-offset: var(--uui-card-border-width);
      }

      :host() * {
        /* TODO: implement globally shared outline style */
        outline-color: var(--uui-color-focus,#3879ff);
      }

      :host([error])::before {
        content: '';
        position: absolute;
        pointer-events: none;
        inset: 0;
        width: 100%;
        height: 100%;
        z-index: 1;
        box-sizing: border-box;
        border: var(--uui-card-border-width) solid var(--uui-color-invalid,#c31d4c);
        border-radius: var(--uui-border-radius,3px);
      }

      button {
        font-size: inherit;
        font-family: inherit;
        border: 0;
        padding: 0;
        margin: 0 0 1px 0;
        background-color: transparent;
        text-align: left;
        color: var(--uui-color-text,#060606);
      }

      a {
        text-decoration: none;
        color: inherit;
        line-height: initial;
      }

      button:focus,
      a:focus {
        outline-color: var(--uui-color-focus,#3879ff);
        outline-width: var(--uui-card-border-width);
        outline-style: solid;
        outline-offset: var(--uui-card-border-width);
        border-radius: var(--uui-border-radius,3px);
      }

      :host([selectable]) {
        cursor: pointer;
      }
      :host([selectable]) #select-border {
        position: absolute;
        z-index: 2;
        top: -2px;
        left: -2px;
        right: -2px;
        bottom: -2px;
        pointer-events: none;
        opacity: 0;
        transition: opacity 120ms;
      }
      :host([selectable]) #select-border::after {
        content: '';
        position: absolute;
        width: 100%;
        height: 100%;
        box-sizing: border-box;
        border: 2px solid var(--uui-color-selected,#3544b1);
        border-radius: calc(var(--uui-border-radius,3px) + 2px);
        box-shadow:
          0 0 4px 0 var(--uui-color-selected,#3544b1),
          inset 0 0 2px 0 var(--uui-color-selected,#3544b1);
      }
      :host([selected]) #select-border {
        opacity: 1;
      }
      :host([selectable]:not([selected]):hover) #select-border {
        opacity: 0.33;
      }
      :host([selectable][selected]:hover) #select-border {
        opacity: 0.8;
      }

      :host([selectable]:not([selected])) #open-part:hover + #select-border {
        opacity: 0;
      }
      :host([selectable][selected]) #open-part:hover + #select-border {
        opacity: 1;
      }

      :host([selectable]:not([selected]):hover) #select-border::after {
        animation: not-selected--hover 1.2s infinite;
      }
      @keyframes not-selected--hover {
        0%,
        100% {
          opacity: 0.66;
        }
        50% {
          opacity: 1;
        }
      }

      :host([selectable][selected]:hover) #select-border::after {
        animation: selected--hover 1.4s infinite;
      }
      @keyframes selected--hover {
        0%,
        100% {
          opacity: 1;
        }
        50% {
          opacity: 0.66;
        }
      }
      :host([selectable]) #open-part:hover + #select-border::after {
        animation: none;
      }

      :host([select-only]) *,
      :host([select-only]) ::slotted(*) {
        pointer-events: none;
      }

      :host([disabled]) {
        background: var(--uui-color-disabled,#f3f3f5);
        color: var(--uui-color-disabled-contrast,#c4c4c4);
      }

      #select-checkbox {
        position: absolute;
        top: var(--uui-size-4,12px);
        left: var(--uui-size-4,12px);
        opacity: 0;
        transition: opacity 120ms;
        z-index: 3;
      }
      :host(:focus) #select-checkbox,
      :host(:focus-within) #select-checkbox,
      :host(:hover) #select-checkbox,
      #select-checkbox[checked] {
        opacity: 1;
      }
    `];Ao([u({type:Boolean,reflect:!0,attribute:"disabled"})],lt.prototype,"disabled",2);Ao([u({type:Boolean,reflect:!0})],lt.prototype,"error",2);Ao([u({type:String})],lt.prototype,"href",2);Ao([u({type:String})],lt.prototype,"target",2);Ao([u({type:String})],lt.prototype,"rel",2);lt=Ao([P("uui-card")],lt);var IC=Object.defineProperty,OC=Object.getOwnPropertyDescriptor,k0=i=>{throw TypeError(i)},dh=(i,e,t,s)=>{for(var r=s>1?void 0:s?OC(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&IC(e,t,r),r},UC=(i,e,t)=>e.has(i)||k0("Cannot "+t),DC=(i,e,t)=>e.has(i)?k0("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),Ca=(i,e,t)=>(UC(i,e,"access private method"),t),Fr,T0,P0,S0,om;let io=class extends lt{constructor(){super(...arguments),DC(this,Fr),this.name=""}get background(){}set background(i){this.style.backgroundColor=i??""}render(){return c`
      ${Ca(this,Fr,S0).call(this)}
      ${this.href?Ca(this,Fr,P0).call(this):Ca(this,Fr,T0).call(this)}
      <!-- Select border must be right after #open-part -->
      <div id="select-border"></div>
      ${this.selectable?this.renderCheckbox():w}
      <slot name="tag"></slot>
      <slot name="actions"></slot>
    `}};Fr=new WeakSet;T0=function(){const i=this.disabled?void 0:this.selectOnly?-1:0;return c`
      <button
        id="open-part"
        class="uui-text"
        tabindex=${S(i)}
        @click=${this.handleOpenClick}
        @keydown=${this.handleOpenKeydown}>
        ${Ca(this,Fr,om).call(this)}
      </button>
    `};P0=function(){const i=this.disabled?void 0:this.selectOnly?-1:0,e=this.target==="_blank"?"noopener noreferrer":void 0;return c`
      <a
        id="open-part"
        class="uui-text"
        tabindex=${S(i)}
        href=${S(this.disabled?void 0:this.href)}
        target=${S(this.target||void 0)}
        rel=${S(this.rel||e)}>
        ${Ca(this,Fr,om).call(this)}
      </a>
    `};S0=function(){return c`<div id="portrait">
      <slot></slot>
    </div> `};om=function(){return c`
      <div id="content">
        <span title="${this.name}" id="name">${this.name}</span>
        <small title="${S(this.description)}">${this.description}<slot name="description"></slot></small>
      </div></div>
    `};io.styles=[...lt.styles,g`
      :host {
        background-color: var(--uui-color-surface-alt,#f3f3f5);
      }

      slot[name='tag'] {
        position: absolute;
        bottom: var(--uui-size-4,12px);
        right: var(--uui-size-4,12px);
        display: flex;
        justify-content: right;
        z-index: 2;
      }

      slot[name='actions'] {
        position: absolute;
        top: var(--uui-size-4,12px);
        right: var(--uui-size-4,12px);
        display: flex;
        justify-content: right;
        z-index: 2;
        opacity: 0;
        transition: opacity 120ms;
      }
      :host(:focus) slot[name='actions'],
      :host(:focus-within) slot[name='actions'],
      :host(:hover) slot[name='actions'] {
        opacity: 1;
      }

      #portrait {
        display: flex;
        justify-content: center;
        min-height: 150px;
        max-height: 150px;
        width: 100%;
        margin-bottom: var(--uui-size-layout-2,30px);
      }

      slot:not([name])::slotted(*) {
        align-self: center;
        border-radius: var(--uui-border-radius,3px);
        object-fit: cover;
        max-width: 100%;
        max-height: 100%;
        font-size: var(--uui-size-8,24px);
      }

      #open-part {
        position: absolute;
        z-index: 1;
        inset: 0;
        color: var(--uui-color-interactive,#1b264f);
        border: none;
        cursor: pointer;
        display: flex;
        flex-direction: column;
        justify-content: flex-end;
      }

      :host([disabled]) #open-part {
        pointer-events: none;
        background: var(--uui-color-disabled,#f3f3f5);
        color: var(--uui-color-contrast-disabled);
      }

      #open-part:hover {
        color: var(--uui-color-interactive-emphasis,#3544b1);
      }
      #open-part:hover #name {
        text-decoration: underline;
      }
      #open-part #name,
      #open-part small {
        display: -webkit-box;
        -webkit-line-clamp: 1;
        -webkit-box-orient: vertical;
        overflow: hidden;
        text-overflow: ellipsis;
        overflow-wrap: anywhere;
      }

      :host([image]:not([image=''])) #open-part {
        transition: opacity 0.5s 0.5s;
        opacity: 0;
      }

      #content {
        position: relative;
        display: flex;
        flex-direction: column;
        width: 100%;
        font-family: inherit;
        font-size: var(--uui-type-small-size,12px);
        box-sizing: border-box;
        text-align: left;
        word-break: break-word;
        padding-top: var(--uui-size-space-3,9px);
      }

      #content::before {
        content: '';
        position: absolute;
        inset: 0;
        z-index: -1;
        border-top: 1px solid var(--uui-color-divider,#f6f6f7);
        border-radius: 0 0 var(--uui-border-radius,3px) var(--uui-border-radius,3px);
        background-color: var(--uui-color-surface,#fff);
        pointer-events: none;
        opacity: 0.96;
      }

      :host(:focus) slot[name='actions'],
      :host(:focus-within) slot[name='actions'],
      :host(:hover) slot[name='actions'] {
        opacity: 1;
      }

      :host(
          [image]:not([image='']):hover,
          [image]:not([image='']):focus,
          [image]:not([image='']):focus-within,
          [selected][image]:not([image='']),
          [error][image]:not([image=''])
        )
        #open-part {
        opacity: 1;
        transition-duration: 120ms;
        transition-delay: 0s;
      }

      :host([selectable]) #open-part {
        inset: var(--uui-size-space-3,9px) var(--uui-size-space-4,12px);
      }
      :host(:not([selectable])) #content {
        padding: var(--uui-size-space-3,9px) var(--uui-size-space-4,12px);
      }
      :host([selectable]) #content::before {
        inset: calc(var(--uui-size-space-3,9px) * -1)
          calc(var(--uui-size-space-4,12px) * -1);
        top: 0;
      }
    `];dh([u({type:String})],io.prototype,"name",2);dh([u({type:String})],io.prototype,"description",2);dh([u({type:String,attribute:"background"})],io.prototype,"background",1);io=dh([P("uui-card-block-type")],io);var RC=Object.defineProperty,MC=Object.getOwnPropertyDescriptor,A0=i=>{throw TypeError(i)},ph=(i,e,t,s)=>{for(var r=s>1?void 0:s?MC(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&RC(e,t,r),r},LC=(i,e,t)=>e.has(i)||A0("Cannot "+t),NC=(i,e,t)=>e.has(i)?A0("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),Fu=(i,e,t)=>(LC(i,e,"access private method"),t),jn,am,I0,O0;let so=class extends lt{constructor(){super(...arguments),NC(this,jn),this.name="",this.detail="",this._iconSlotHasContent=!1,this.fallbackIcon=`<svg
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="1.75"
    stroke-linecap="round"
    stroke-linejoin="round"
    id="icon">
    <path d="M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z" />
    <path d="M14 2v4a2 2 0 0 0 2 2h4" />
  </svg>`}_onSlotIconChange(i){this._iconSlotHasContent=i.target.assignedNodes({flatten:!0}).length>0}_renderFallbackIcon(){return N(this,"uui-icon"),c`<uui-icon .svg="${this.fallbackIcon}"></uui-icon>`}renderDetail(){return c`<small id="detail"
        >${this.detail}<slot name="detail"></slot></small
      ><slot id="default"></slot>`}render(){return c`
      ${this.href?Fu(this,jn,O0).call(this):Fu(this,jn,I0).call(this)}
      <!-- Select border must be right after #open-part -->
      <div id="select-border"></div>
      ${this.selectable?this.renderCheckbox():w}
      <slot name="tag"></slot>
      <slot name="actions"></slot>
    `}};jn=new WeakSet;am=function(){return c`
      <span id="content" class="uui-text">
        <span id="item">
          <span id="icon">
            <slot name="icon" @slotchange=${this._onSlotIconChange}></slot>
            ${this._iconSlotHasContent===!1?this._renderFallbackIcon():""}
          </span>
          <div title="${this.name}" id="name">
            ${this.name}<slot name="name"></slot>
          </div>
        </span>
        ${this.renderDetail()}
      </span>
    `};I0=function(){const i=this.disabled?void 0:this.selectOnly?-1:0;return c`
      <button
        id="open-part"
        tabindex=${S(i)}
        @click=${this.handleOpenClick}
        @keydown=${this.handleOpenKeydown}>
        ${Fu(this,jn,am).call(this)}
      </button>
    `};O0=function(){const i=this.disabled?void 0:this.selectOnly?-1:0,e=this.target==="_blank"?"noopener noreferrer":void 0;return c`
      <a
        id="open-part"
        tabindex=${S(i)}
        href=${S(this.disabled?void 0:this.href)}
        target=${S(this.target||void 0)}
        rel=${S(this.rel||e)}>
        ${Fu(this,jn,am).call(this)}
      </a>
    `};so.styles=[...lt.styles,g`
      :host {
        min-width: 250px;
        flex-direction: column;
        justify-content: space-between;
      }

      slot[name='tag'] {
        position: absolute;
        bottom: var(--uui-size-4,12px);
        right: var(--uui-size-4,12px);
        display: flex;
        justify-content: right;
      }

      slot[name='actions'] {
        position: absolute;
        top: var(--uui-size-4,12px);
        right: var(--uui-size-4,12px);
        display: flex;
        justify-content: right;

        opacity: 0;
        transition: opacity 120ms;
      }
      :host(:focus) slot[name='actions'],
      :host(:focus-within) slot[name='actions'],
      :host(:hover) slot[name='actions'] {
        opacity: 1;
      }

      slot:not([name]) {
        display: block;
        margin: var(--uui-size-1,3px);
        margin-top: var(--uui-size-3,9px);
      }

      slot:not([name])::slotted(*) {
        font-size: var(--uui-type-small-size,12px);
        line-height: calc(2 * var(--uui-size-3,9px));
      }

      #open-part {
        display: flex;
        position: relative;
        align-items: center;
        cursor: pointer;
        flex-grow: 1;
        padding: var(--uui-size-space-4,12px) var(--uui-size-space-5,18px);
      }

      #open-part #name {
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        overflow: hidden;
        text-overflow: ellipsis;
        overflow-wrap: anywhere;
      }

      #content {
        align-self: stretch;
        display: flex;
        flex-direction: column;
      }

      #item {
        position: relative;
        display: flex;
        align-self: stretch;
        line-height: normal;
        align-items: center;
        margin-top: var(--uui-size-1,3px);
      }

      #icon {
        font-size: 1.2em;
        margin-right: var(--uui-size-1,3px);
      }

      :host([selectable]) #open-part {
        padding: 0;
        margin: var(--uui-size-space-4,12px) var(--uui-size-space-5,18px);
      }

      :host([disabled]) #name {
        pointer-events: none;
      }

      :host(:not([disabled])) #open-part:hover #icon {
        color: var(--uui-color-interactive-emphasis,#3544b1);
      }
      :host(:not([disabled])) #open-part:hover #name {
        text-decoration: underline;
        color: var(--uui-color-interactive-emphasis,#3544b1);
      }
      :host(:not([disabled])) #open-part:hover #detail {
        color: var(--uui-color-interactive-emphasis,#3544b1);
      }
      :host(:not([disabled])) #open-part:hover #default {
        color: var(--uui-color-interactive-emphasis,#3544b1);
      }

      #select-checkbox {
        top: var(--uui-size-5,15px);
        left: var(--uui-size-6,18px);
      }
    `];ph([u({type:String})],so.prototype,"name",2);ph([u({type:String})],so.prototype,"detail",2);ph([m()],so.prototype,"_iconSlotHasContent",2);so=ph([P("uui-card-content-node")],so);var zC=Object.defineProperty,VC=Object.getOwnPropertyDescriptor,U0=i=>{throw TypeError(i)},$l=(i,e,t,s)=>{for(var r=s>1?void 0:s?VC(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&zC(e,t,r),r},BC=(i,e,t)=>e.has(i)||U0("Cannot "+t),jC=(i,e,t)=>e.has(i)?U0("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),Wu=(i,e,t)=>(BC(i,e,"access private method"),t),qn,D0,R0,lm;let Zr=class extends lt{constructor(){super(...arguments),jC(this,qn),this.name="",this.fileExt="",this.hasPreview=!1}connectedCallback(){super.connectedCallback(),N(this,"uui-symbol-folder"),N(this,"uui-symbol-file")}queryPreviews(i){this.hasPreview=i.composedPath()[0].assignedElements({flatten:!0}).length>0}renderMedia(){return this.hasPreview===!0?"":this.fileExt===""?c`<uui-symbol-folder id="entity-symbol"></uui-symbol-folder>`:c`<uui-symbol-file
      id="entity-symbol"
      type="${this.fileExt}"></uui-symbol-file>`}render(){return c` ${this.renderMedia()}
      <slot @slotchange=${this.queryPreviews}></slot>
      ${this.href?Wu(this,qn,R0).call(this):Wu(this,qn,D0).call(this)}
      <!-- Select border must be right after .open-part -->
      <div id="select-border"></div>
      ${this.selectable?this.renderCheckbox():w}
      <slot name="tag"></slot>
      <slot name="actions"></slot>`}};qn=new WeakSet;D0=function(){const i=this.disabled?void 0:this.selectOnly?-1:0;return c`
      <button
        id="open-part"
        tabindex=${S(i)}
        @click=${this.handleOpenClick}
        @keydown=${this.handleOpenKeydown}>
        ${Wu(this,qn,lm).call(this)}
      </button>
    `};R0=function(){const i=this.disabled?void 0:this.selectOnly?-1:0,e=this.target==="_blank"?"noopener noreferrer":void 0;return c`
      <a
        id="open-part"
        tabindex=${S(i)}
        href=${S(this.disabled?void 0:this.href)}
        target=${S(this.target||void 0)}
        rel=${S(this.rel||e)}>
        ${Wu(this,qn,lm).call(this)}
      </a>
    `};lm=function(){return c`
      <div id="content" class="uui-text">
        <!--
        TODO: Implement info box when pop-out is ready
        -->
        <span id="name" title="${this.name}">${this.name}</span>
        <small id="detail">${this.detail}<slot name="detail"></slot></small>
      </div>
    `};Zr.styles=[...lt.styles,g`
      #entity-symbol {
        align-self: center;
        width: 60%;
        margin-bottom: var(--uui-size-layout-1,24px);
        padding: var(--uui-size-space-6,24px);
      }

      slot[name='tag'] {
        position: absolute;
        bottom: var(--uui-size-2,6px);
        right: var(--uui-size-4,12px);
        display: flex;
        justify-content: right;
        z-index: 2;
      }

      slot[name='actions'] {
        position: absolute;
        top: var(--uui-size-4,12px);
        right: var(--uui-size-4,12px);
        display: flex;
        justify-content: right;
        z-index: 2;
        opacity: 0;
        transition: opacity 120ms;
      }
      :host(:focus) slot[name='actions'],
      :host(:focus-within) slot[name='actions'],
      :host(:hover) slot[name='actions'] {
        opacity: 1;
      }

      slot:not([name])::slotted(*) {
        align-self: center;
        border-radius: var(--uui-border-radius,3px);
        object-fit: cover;
        width: 100%;
        height: 100%;
        pointer-events: none;
      }

      #open-part {
        position: absolute;
        z-index: 1;
        inset: 0;
        color: var(--uui-color-interactive,#1b264f);
        border: none;
        cursor: pointer;
        display: flex;
        flex-direction: column;
        justify-content: flex-end;
      }

      :host([disabled]) #open-part {
        pointer-events: none;
        color: var(--uui-color-contrast-disabled);
      }

      #open-part:hover {
        color: var(--uui-color-interactive-emphasis,#3544b1);
      }
      #open-part:hover #name {
        text-decoration: underline;
      }

      #open-part #name {
        display: -webkit-box;
        -webkit-line-clamp: 1;
        -webkit-box-orient: vertical;
        overflow: hidden;
        text-overflow: ellipsis;
        overflow-wrap: anywhere;
      }

      :host([image]:not([image=''])) #open-part {
        transition: opacity 0.5s 0.5s;
        opacity: 0;
      }

      #content {
        position: relative;
        display: flex;
        flex-direction: column;
        font-family: inherit;
        box-sizing: border-box;
        text-align: left;
        word-break: break-word;
        padding-top: var(--uui-size-space-3,9px);
      }

      #content::before {
        content: '';
        position: absolute;
        inset: 0;
        z-index: -1;
        border-top: 1px solid var(--uui-color-divider,#f6f6f7);
        border-radius: 0 0 var(--uui-border-radius,3px) var(--uui-border-radius,3px);
        background-color: var(--uui-color-surface,#fff);
        pointer-events: none;
        opacity: 0.96;
      }

      #detail {
        opacity: 0.6;
      }

      :host(
          [image]:not([image='']):hover,
          [image]:not([image='']):focus,
          [image]:not([image='']):focus-within,
          [selected][image]:not([image='']),
          [error][image]:not([image=''])
        )
        #open-part {
        opacity: 1;
        transition-duration: 120ms;
        transition-delay: 0s;
      }

      :host([selectable]) #open-part {
        inset: var(--uui-size-space-3,9px) var(--uui-size-space-4,12px);
      }
      :host(:not([selectable])) #content {
        padding: var(--uui-size-space-3,9px) var(--uui-size-space-4,12px);
      }
      :host([selectable]) #content::before {
        inset: calc(var(--uui-size-space-3,9px) * -1)
          calc(var(--uui-size-space-4,12px) * -1);
        top: 0;
      }

      /*
      #info-icon {
        margin-right: var(--uui-size-2);
        display: flex;
        height: var(--uui-size-8);
      }
      */
    `];$l([u({type:String})],Zr.prototype,"name",2);$l([u({type:String})],Zr.prototype,"detail",2);$l([u({type:String,attribute:"file-ext"})],Zr.prototype,"fileExt",2);$l([m()],Zr.prototype,"hasPreview",2);Zr=$l([P("uui-card-media")],Zr);var qC=Object.defineProperty,HC=Object.getOwnPropertyDescriptor,M0=i=>{throw TypeError(i)},um=(i,e,t,s)=>{for(var r=s>1?void 0:s?HC(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&qC(e,t,r),r},FC=(i,e,t)=>e.has(i)||M0("Cannot "+t),WC=(i,e,t)=>e.has(i)?M0("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),Gu=(i,e,t)=>(FC(i,e,"access private method"),t),Hn,L0,N0,cm;let qa=class extends lt{constructor(){super(...arguments),WC(this,Hn),this.name="",this._avatarSlotHasContent=!1,this._avatarSlotChanged=i=>{this._avatarSlotHasContent=V2(i.target)}}connectedCallback(){super.connectedCallback(),N(this,"uui-avatar")}render(){return c`
      ${this.href?Gu(this,Hn,N0).call(this):Gu(this,Hn,L0).call(this)}
      <!-- Select border must be right after #open-part -->
      <div id="select-border"></div>
      ${this.selectable?this.renderCheckbox():w}
      <slot name="tag"></slot>
      <slot name="actions"></slot>
    `}};Hn=new WeakSet;L0=function(){const i=this.disabled?void 0:this.selectOnly?-1:0;return c`
      <div
        id="open-part"
        tabindex=${S(i)}
        @click=${this.handleOpenClick}
        @keydown=${this.handleOpenKeydown}>
        ${Gu(this,Hn,cm).call(this)}
      </div>
    `};N0=function(){const i=this.disabled?void 0:this.selectOnly?-1:0,e=this.target==="_blank"?"noopener noreferrer":void 0;return c`
      <a
        id="open-part"
        tabindex=${S(i)}
        href=${S(this.disabled?void 0:this.href)}
        target=${S(this.target||void 0)}
        rel=${S(this.rel||e)}>
        ${Gu(this,Hn,cm).call(this)}
      </a>
    `};cm=function(){return c`
      <div id="content">
        ${this._avatarSlotHasContent?w:c`<uui-avatar
              class="avatar"
              name=${this.name}
              size="m"></uui-avatar>`}
        <slot
          name="avatar"
          class="avatar"
          @slotchange=${this._avatarSlotChanged}></slot>
        <span title="${this.name}">${this.name}</span>
        <slot></slot>
      </div>
    `};qa.styles=[...lt.styles,g`
      :host {
        min-width: 250px;
      }

      slot:not([name])::slotted(*) {
        font-size: var(--uui-type-small-size,12px);
        line-height: var(--uui-size-6,18px);
      }

      ::slotted(*) {
        text-align: center;
      }

      slot[name='tag'] {
        position: absolute;
        bottom: var(--uui-size-space-4,12px);
        right: var(--uui-size-space-4,12px);
        display: flex;
        justify-content: right;
      }

      slot[name='actions'] {
        position: absolute;
        top: var(--uui-size-space-4,12px);
        right: var(--uui-size-space-4,12px);
        display: flex;
        justify-content: right;

        opacity: 0;
        transition: opacity 120ms;
      }
      :host(:focus) slot[name='actions'],
      :host(:focus-within) slot[name='actions'],
      :host(:hover) slot[name='actions'] {
        opacity: 1;
      }

      #open-part {
        cursor: pointer;
        flex-grow: 1;
        padding: var(--uui-size-space-5,18px) var(--uui-size-space-4,12px);
      }

      :host([disabled]) #open-part {
        pointer-events: none;
      }

      #open-part:hover #content {
        color: var(--uui-color-interactive-emphasis,#3544b1);
      }
      #open-part:hover #content > span {
        text-decoration: underline;
      }

      :host([selectable]) #open-part {
        padding: 0;
        margin: var(--uui-size-space-5,18px) var(--uui-size-space-4,12px);
      }

      #content {
        display: flex;
        flex-direction: column;
        position: relative;
        align-items: center;
        margin: 0 0 3px 0;
        height: 100%;
      }

      #content > span {
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        overflow: hidden;
        text-overflow: ellipsis;
        vertical-align: center;
        margin-top: 3px;
        font-weight: 700;
        overflow-wrap: anywhere;
      }

      .avatar {
        font-size: 1.5em;
        margin-top: var(--uui-size-space-1,3px);
        margin-bottom: var(--uui-size-space-2,6px);
      }
    `];um([u({type:String})],qa.prototype,"name",2);um([m()],qa.prototype,"_avatarSlotHasContent",2);qa=um([P("uui-card-user")],qa);var GC=Object.defineProperty,YC=Object.getOwnPropertyDescriptor,z0=(i,e,t,s)=>{for(var r=s>1?void 0:s?YC(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&GC(e,t,r),r};let Yu=class extends O{constructor(){super(),this.open=!1,console.error("´uui-caret´ is deprecated, please use ´uui-symbol-expand´ or ´uui-symbol-sort´")}render(){return c`<svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="3"
      stroke-linecap="round"
      stroke-linejoin="round">
      <path d="m4 9 8 8 8-8"></path>
    </svg>`}};Yu.styles=[g`
      :host {
        display: inline-block;
        width: 12px;
        vertical-align: middle;
      }

      svg {
        transform-origin: 50% 50%;
        transition: transform 100ms cubic-bezier(0.1, 0, 0.9, 1);

      :host([open]) svg {
        transform: rotate(180deg);
      }
    `];z0([u({type:Boolean,reflect:!0})],Yu.prototype,"open",2);Yu=z0([P("uui-caret")],Yu);const Ku=Ps(class extends Po{constructor(i){if(super(i),i.type!==ci.ATTRIBUTE||i.name!=="class"||i.strings?.length>2)throw Error("`classMap()` can only be used in the `class` attribute and must be the only part in the attribute.")}render(i){return" "+Object.keys(i).filter(e=>i[e]).join(" ")+" "}update(i,[e]){if(this.st===void 0){this.st=new Set,i.strings!==void 0&&(this.nt=new Set(i.strings.join(" ").split(/\s/).filter(s=>s!=="")));for(const s in e)e[s]&&!this.nt?.has(s)&&this.st.add(s);return this.render(e)}const t=i.element.classList;for(const s of this.st)s in e||(t.remove(s),this.st.delete(s));for(const s in e){const r=!!e[s];r===this.st.has(s)||this.nt?.has(s)||(r?(t.add(s),this.st.add(s)):(t.remove(s),this.st.delete(s)))}return ot}});var KC={grad:.9,turn:360,rad:360/(2*Math.PI)},ts=function(i){return typeof i=="string"?i.length>0:typeof i=="number"},Fe=function(i,e,t){return e===void 0&&(e=0),t===void 0&&(t=Math.pow(10,e)),Math.round(t*i)/t+0},Gt=function(i,e,t){return e===void 0&&(e=0),t===void 0&&(t=1),i>t?t:i>e?i:e},V0=function(i){return(i=isFinite(i)?i%360:0)>0?i:i+360},Tg=function(i){return{r:Gt(i.r,0,255),g:Gt(i.g,0,255),b:Gt(i.b,0,255),a:Gt(i.a)}},Ld=function(i){return{r:Fe(i.r),g:Fe(i.g),b:Fe(i.b),a:Fe(i.a,3)}},XC=/^#([0-9a-f]{3,8})$/i,Ql=function(i){var e=i.toString(16);return e.length<2?"0"+e:e},B0=function(i){var e=i.r,t=i.g,s=i.b,r=i.a,n=Math.max(e,t,s),o=n-Math.min(e,t,s),a=o?n===e?(t-s)/o:n===t?2+(s-e)/o:4+(e-t)/o:0;return{h:60*(a<0?a+6:a),s:n?o/n*100:0,v:n/255*100,a:r}},j0=function(i){var e=i.h,t=i.s,s=i.v,r=i.a;e=e/360*6,t/=100,s/=100;var n=Math.floor(e),o=s*(1-t),a=s*(1-(e-n)*t),l=s*(1-(1-e+n)*t),h=n%6;return{r:255*[s,a,o,o,l,s][h],g:255*[l,s,s,a,o,o][h],b:255*[o,o,l,s,s,a][h],a:r}},Pg=function(i){return{h:V0(i.h),s:Gt(i.s,0,100),l:Gt(i.l,0,100),a:Gt(i.a)}},Sg=function(i){return{h:Fe(i.h),s:Fe(i.s),l:Fe(i.l),a:Fe(i.a,3)}},Ag=function(i){return j0((t=(e=i).s,{h:e.h,s:(t*=((s=e.l)<50?s:100-s)/100)>0?2*t/(s+t)*100:0,v:s+t,a:e.a}));var e,t,s},$a=function(i){return{h:(e=B0(i)).h,s:(r=(200-(t=e.s))*(s=e.v)/100)>0&&r<200?t*s/100/(r<=100?r:200-r)*100:0,l:r/2,a:e.a};var e,t,s,r},ZC=/^hsla?\(\s*([+-]?\d*\.?\d+)(deg|rad|grad|turn)?\s*,\s*([+-]?\d*\.?\d+)%\s*,\s*([+-]?\d*\.?\d+)%\s*(?:,\s*([+-]?\d*\.?\d+)(%)?\s*)?\)$/i,JC=/^hsla?\(\s*([+-]?\d*\.?\d+)(deg|rad|grad|turn)?\s+([+-]?\d*\.?\d+)%\s+([+-]?\d*\.?\d+)%\s*(?:\/\s*([+-]?\d*\.?\d+)(%)?\s*)?\)$/i,QC=/^rgba?\(\s*([+-]?\d*\.?\d+)(%)?\s*,\s*([+-]?\d*\.?\d+)(%)?\s*,\s*([+-]?\d*\.?\d+)(%)?\s*(?:,\s*([+-]?\d*\.?\d+)(%)?\s*)?\)$/i,e$=/^rgba?\(\s*([+-]?\d*\.?\d+)(%)?\s+([+-]?\d*\.?\d+)(%)?\s+([+-]?\d*\.?\d+)(%)?\s*(?:\/\s*([+-]?\d*\.?\d+)(%)?\s*)?\)$/i,Ig={string:[[function(i){var e=XC.exec(i);return e?(i=e[1]).length<=4?{r:parseInt(i[0]+i[0],16),g:parseInt(i[1]+i[1],16),b:parseInt(i[2]+i[2],16),a:i.length===4?Fe(parseInt(i[3]+i[3],16)/255,2):1}:i.length===6||i.length===8?{r:parseInt(i.substr(0,2),16),g:parseInt(i.substr(2,2),16),b:parseInt(i.substr(4,2),16),a:i.length===8?Fe(parseInt(i.substr(6,2),16)/255,2):1}:null:null},"hex"],[function(i){var e=QC.exec(i)||e$.exec(i);return e?e[2]!==e[4]||e[4]!==e[6]?null:Tg({r:Number(e[1])/(e[2]?100/255:1),g:Number(e[3])/(e[4]?100/255:1),b:Number(e[5])/(e[6]?100/255:1),a:e[7]===void 0?1:Number(e[7])/(e[8]?100:1)}):null},"rgb"],[function(i){var e=ZC.exec(i)||JC.exec(i);if(!e)return null;var t,s,r=Pg({h:(t=e[1],s=e[2],s===void 0&&(s="deg"),Number(t)*(KC[s]||1)),s:Number(e[3]),l:Number(e[4]),a:e[5]===void 0?1:Number(e[5])/(e[6]?100:1)});return Ag(r)},"hsl"]],object:[[function(i){var e=i.r,t=i.g,s=i.b,r=i.a,n=r===void 0?1:r;return ts(e)&&ts(t)&&ts(s)?Tg({r:Number(e),g:Number(t),b:Number(s),a:Number(n)}):null},"rgb"],[function(i){var e=i.h,t=i.s,s=i.l,r=i.a,n=r===void 0?1:r;if(!ts(e)||!ts(t)||!ts(s))return null;var o=Pg({h:Number(e),s:Number(t),l:Number(s),a:Number(n)});return Ag(o)},"hsl"],[function(i){var e=i.h,t=i.s,s=i.v,r=i.a,n=r===void 0?1:r;if(!ts(e)||!ts(t)||!ts(s))return null;var o=(function(a){return{h:V0(a.h),s:Gt(a.s,0,100),v:Gt(a.v,0,100),a:Gt(a.a)}})({h:Number(e),s:Number(t),v:Number(s),a:Number(n)});return j0(o)},"hsv"]]},Og=function(i,e){for(var t=0;t<e.length;t++){var s=e[t][0](i);if(s)return[s,e[t][1]]}return[null,void 0]},t$=function(i){return typeof i=="string"?Og(i.trim(),Ig.string):typeof i=="object"&&i!==null?Og(i,Ig.object):[null,void 0]},Nd=function(i,e){var t=$a(i);return{h:t.h,s:Gt(t.s+100*e,0,100),l:t.l,a:t.a}},zd=function(i){return(299*i.r+587*i.g+114*i.b)/1e3/255},Ug=function(i,e){var t=$a(i);return{h:t.h,s:t.s,l:Gt(t.l+100*e,0,100),a:t.a}},Dg=(function(){function i(e){this.parsed=t$(e)[0],this.rgba=this.parsed||{r:0,g:0,b:0,a:1}}return i.prototype.isValid=function(){return this.parsed!==null},i.prototype.brightness=function(){return Fe(zd(this.rgba),2)},i.prototype.isDark=function(){return zd(this.rgba)<.5},i.prototype.isLight=function(){return zd(this.rgba)>=.5},i.prototype.toHex=function(){return e=Ld(this.rgba),t=e.r,s=e.g,r=e.b,o=(n=e.a)<1?Ql(Fe(255*n)):"","#"+Ql(t)+Ql(s)+Ql(r)+o;var e,t,s,r,n,o},i.prototype.toRgb=function(){return Ld(this.rgba)},i.prototype.toRgbString=function(){return e=Ld(this.rgba),t=e.r,s=e.g,r=e.b,(n=e.a)<1?"rgba("+t+", "+s+", "+r+", "+n+")":"rgb("+t+", "+s+", "+r+")";var e,t,s,r,n},i.prototype.toHsl=function(){return Sg($a(this.rgba))},i.prototype.toHslString=function(){return e=Sg($a(this.rgba)),t=e.h,s=e.s,r=e.l,(n=e.a)<1?"hsla("+t+", "+s+"%, "+r+"%, "+n+")":"hsl("+t+", "+s+"%, "+r+"%)";var e,t,s,r,n},i.prototype.toHsv=function(){return e=B0(this.rgba),{h:Fe(e.h),s:Fe(e.s),v:Fe(e.v),a:Fe(e.a,3)};var e},i.prototype.invert=function(){return Ft({r:255-(e=this.rgba).r,g:255-e.g,b:255-e.b,a:e.a});var e},i.prototype.saturate=function(e){return e===void 0&&(e=.1),Ft(Nd(this.rgba,e))},i.prototype.desaturate=function(e){return e===void 0&&(e=.1),Ft(Nd(this.rgba,-e))},i.prototype.grayscale=function(){return Ft(Nd(this.rgba,-1))},i.prototype.lighten=function(e){return e===void 0&&(e=.1),Ft(Ug(this.rgba,e))},i.prototype.darken=function(e){return e===void 0&&(e=.1),Ft(Ug(this.rgba,-e))},i.prototype.rotate=function(e){return e===void 0&&(e=15),this.hue(this.hue()+e)},i.prototype.alpha=function(e){return typeof e=="number"?Ft({r:(t=this.rgba).r,g:t.g,b:t.b,a:e}):Fe(this.rgba.a,3);var t},i.prototype.hue=function(e){var t=$a(this.rgba);return typeof e=="number"?Ft({h:e,s:t.s,l:t.l,a:t.a}):Fe(t.h)},i.prototype.isEqual=function(e){return this.toHex()===Ft(e).toHex()},i})(),Ft=function(i){return i instanceof Dg?i:new Dg(i)};class Rg extends le{static{this.CHANGE="change"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var i$=Object.defineProperty,s$=Object.getOwnPropertyDescriptor,Gi=(i,e,t,s)=>{for(var r=s>1?void 0:s?s$(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&i$(e,t,r),r};let Xt=class extends O{constructor(){super(...arguments),this.isDraggingGridHandle=!1,this.disabled=!1,this.readonly=!1,this.hue=0,this.saturation=0,this.lightness=0,this.brightness=0,this.alpha=100,this._value="#000"}get value(){return this._value}set value(i){const e=this._value;this._value=i,this.requestUpdate("value",e);try{const t=Ft(i);if(t.isValid()){const{h:s,s:r,l:n,a:o}=t.toHsl();s!==0&&(this.hue=s),this.lightness=n,this.saturation=r,this.brightness=this.getBrightness(n),this.alpha=o*100}}catch(t){console.error("Something went wrong parsing the color string.",t)}}handleGridDrag(i){if(this.disabled||this.readonly)return;const e=this.shadowRoot.querySelector(".color-area"),t=e.querySelector(".color-area__handle"),{width:s,height:r}=e.getBoundingClientRect();t.focus(),i.preventDefault(),i.stopPropagation(),this.isDraggingGridHandle=!0,a0(e,{onMove:(n,o)=>{isNaN(n)||isNaN(o)||(this.saturation=re(n/s*100,0,100),this.brightness=re(100-o/r*100,0,100),this.lightness=this.getLightness(this.brightness),this.syncValues())},onStop:()=>this.isDraggingGridHandle=!1,initialEvent:i})}handleGridKeyDown(i){if(this.disabled)return;const e=i.shiftKey?10:1;i.key==="ArrowLeft"&&(i.preventDefault(),this.saturation=re(this.saturation-e,0,100),this.syncValues()),i.key==="ArrowRight"&&(i.preventDefault(),this.saturation=re(this.saturation+e,0,100),this.syncValues()),i.key==="ArrowUp"&&(i.preventDefault(),this.brightness=re(this.brightness+e,0,100),this.lightness=this.getLightness(this.brightness),this.syncValues()),i.key==="ArrowDown"&&(i.preventDefault(),this.brightness=re(this.brightness-e,0,100),this.lightness=this.getLightness(this.brightness),this.syncValues())}getBrightness(i){return re(-1*(200*i/(this.saturation-200)),0,100)}getLightness(i){return re((200-this.saturation)*i/100*5/10,0,100)}syncValues(){const i=Ft({h:this.hue,s:this.saturation,l:this.lightness,a:this.alpha/100});this._value=i.toRgbString(),this.dispatchEvent(new Rg(Rg.CHANGE))}getHexString(i,e,t,s=100){const r=Ft(`hsla(${i}, ${e}%, ${t}%, ${s/100})`);return r.isValid()?r.toHex():""}render(){const i=this.saturation,e=100-this.brightness;return c`
      <div
        part="grid"
        class="color-area"
        style=${ys({backgroundColor:this.getHexString(this.hue,100,50)})}
        @mousedown=${this.handleGridDrag}
        @touchstart=${this.handleGridDrag}>
        <span
          part="grid-handle"
          class=${Ku({"color-area__handle":!0,"color-area__handle--dragging":this.isDraggingGridHandle})}
          style=${ys({top:`${e}%`,left:`${i}%`,backgroundColor:this.getHexString(this.hue,this.saturation,this.lightness,this.alpha)})}
          role="application"
          tabindex=${S(this.disabled?void 0:"0")}
          aria-label="HSB"
          @keydown=${this.handleGridKeyDown}></span>
      </div>
    `}};Xt.styles=[g`
      :host {
        display: inline-block;
        width: 280px;
        height: 200px;
      }

      :host([disabled]) {
        cursor: not-allowed;
      }

      :host([disabled]) .color-area {
        user-select: none;
        pointer-events: none;
        opacity: 0.55;
      }

      :host([readonly]) {
        pointer-events: none;
        cursor: default;
      }

      .color-area {
        position: relative;
        height: 100%;
        width: 100%;
        background-image:
          linear-gradient(
            to bottom,
            rgba(0, 0, 0, 0) 0%,
            rgba(0, 0, 0, 1) 100%
          ),
          linear-gradient(to right, #fff 0%, rgba(255, 255, 255, 0) 100%);
        box-sizing: border-box;
        cursor: crosshair;
        forced-color-adjust: none;
      }
      .color-area__handle {
        position: absolute;
        width: var(--uui-color-area-grid-handle-size, 16px);
        height: var(--uui-color-area-grid-handle-size, 16px);
        border-radius: 50%;
        box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.25);
        border: solid 2px white;
        margin-top: calc(var(--uui-color-area-grid-handle-size, 16px) / -2);
        margin-left: calc(var(--uui-color-area-grid-handle-size, 16px) / -2);
        transition: 150ms transform;
        box-sizing: inherit;
      }
      .color-area__handle--dragging {
        cursor: none;
        transform: scale(1.5);
      }
      .color-area__handle--empty {
        display: none;
      }
    `];Gi([m()],Xt.prototype,"isDraggingGridHandle",2);Gi([u({type:Boolean,reflect:!0})],Xt.prototype,"disabled",2);Gi([u({type:Boolean,reflect:!0})],Xt.prototype,"readonly",2);Gi([u({type:Number})],Xt.prototype,"hue",2);Gi([u({type:Number})],Xt.prototype,"saturation",2);Gi([u({type:Number})],Xt.prototype,"lightness",2);Gi([u({type:Number})],Xt.prototype,"brightness",2);Gi([u({type:Number})],Xt.prototype,"alpha",2);Gi([u({type:String})],Xt.prototype,"value",1);Xt=Gi([P("uui-color-area")],Xt);const r$=Ps(class extends Po{constructor(i){if(super(i),i.type!==ci.PROPERTY&&i.type!==ci.ATTRIBUTE&&i.type!==ci.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!l0(i))throw Error("`live` bindings can only contain a single expression")}render(i){return i}update(i,[e]){if(e===ot||e===w)return e;const t=i.element,s=i.name;if(i.type===ci.PROPERTY){if(e===t[s])return ot}else if(i.type===ci.BOOLEAN_ATTRIBUTE){if(!!e===t.hasAttribute(s))return ot}else if(i.type===ci.ATTRIBUTE&&t.getAttribute(s)===e+"")return ot;return u0(i),e}});var n$={grad:.9,turn:360,rad:360/(2*Math.PI)},is=function(i){return typeof i=="string"?i.length>0:typeof i=="number"},We=function(i,e,t){return e===void 0&&(e=0),t===void 0&&(t=Math.pow(10,e)),Math.round(t*i)/t+0},Yt=function(i,e,t){return e===void 0&&(e=0),t===void 0&&(t=1),i>t?t:i>e?i:e},q0=function(i){return(i=isFinite(i)?i%360:0)>0?i:i+360},Mg=function(i){return{r:Yt(i.r,0,255),g:Yt(i.g,0,255),b:Yt(i.b,0,255),a:Yt(i.a)}},Vd=function(i){return{r:We(i.r),g:We(i.g),b:We(i.b),a:We(i.a,3)}},o$=/^#([0-9a-f]{3,8})$/i,eu=function(i){var e=i.toString(16);return e.length<2?"0"+e:e},H0=function(i){var e=i.r,t=i.g,s=i.b,r=i.a,n=Math.max(e,t,s),o=n-Math.min(e,t,s),a=o?n===e?(t-s)/o:n===t?2+(s-e)/o:4+(e-t)/o:0;return{h:60*(a<0?a+6:a),s:n?o/n*100:0,v:n/255*100,a:r}},F0=function(i){var e=i.h,t=i.s,s=i.v,r=i.a;e=e/360*6,t/=100,s/=100;var n=Math.floor(e),o=s*(1-t),a=s*(1-(e-n)*t),l=s*(1-(1-e+n)*t),h=n%6;return{r:255*[s,a,o,o,l,s][h],g:255*[l,s,s,a,o,o][h],b:255*[o,o,l,s,s,a][h],a:r}},Lg=function(i){return{h:q0(i.h),s:Yt(i.s,0,100),l:Yt(i.l,0,100),a:Yt(i.a)}},Ng=function(i){return{h:We(i.h),s:We(i.s),l:We(i.l),a:We(i.a,3)}},zg=function(i){return F0((t=(e=i).s,{h:e.h,s:(t*=((s=e.l)<50?s:100-s)/100)>0?2*t/(s+t)*100:0,v:s+t,a:e.a}));var e,t,s},ka=function(i){return{h:(e=H0(i)).h,s:(r=(200-(t=e.s))*(s=e.v)/100)>0&&r<200?t*s/100/(r<=100?r:200-r)*100:0,l:r/2,a:e.a};var e,t,s,r},a$=/^hsla?\(\s*([+-]?\d*\.?\d+)(deg|rad|grad|turn)?\s*,\s*([+-]?\d*\.?\d+)%\s*,\s*([+-]?\d*\.?\d+)%\s*(?:,\s*([+-]?\d*\.?\d+)(%)?\s*)?\)$/i,l$=/^hsla?\(\s*([+-]?\d*\.?\d+)(deg|rad|grad|turn)?\s+([+-]?\d*\.?\d+)%\s+([+-]?\d*\.?\d+)%\s*(?:\/\s*([+-]?\d*\.?\d+)(%)?\s*)?\)$/i,u$=/^rgba?\(\s*([+-]?\d*\.?\d+)(%)?\s*,\s*([+-]?\d*\.?\d+)(%)?\s*,\s*([+-]?\d*\.?\d+)(%)?\s*(?:,\s*([+-]?\d*\.?\d+)(%)?\s*)?\)$/i,c$=/^rgba?\(\s*([+-]?\d*\.?\d+)(%)?\s+([+-]?\d*\.?\d+)(%)?\s+([+-]?\d*\.?\d+)(%)?\s*(?:\/\s*([+-]?\d*\.?\d+)(%)?\s*)?\)$/i,Ip={string:[[function(i){var e=o$.exec(i);return e?(i=e[1]).length<=4?{r:parseInt(i[0]+i[0],16),g:parseInt(i[1]+i[1],16),b:parseInt(i[2]+i[2],16),a:i.length===4?We(parseInt(i[3]+i[3],16)/255,2):1}:i.length===6||i.length===8?{r:parseInt(i.substr(0,2),16),g:parseInt(i.substr(2,2),16),b:parseInt(i.substr(4,2),16),a:i.length===8?We(parseInt(i.substr(6,2),16)/255,2):1}:null:null},"hex"],[function(i){var e=u$.exec(i)||c$.exec(i);return e?e[2]!==e[4]||e[4]!==e[6]?null:Mg({r:Number(e[1])/(e[2]?100/255:1),g:Number(e[3])/(e[4]?100/255:1),b:Number(e[5])/(e[6]?100/255:1),a:e[7]===void 0?1:Number(e[7])/(e[8]?100:1)}):null},"rgb"],[function(i){var e=a$.exec(i)||l$.exec(i);if(!e)return null;var t,s,r=Lg({h:(t=e[1],s=e[2],s===void 0&&(s="deg"),Number(t)*(n$[s]||1)),s:Number(e[3]),l:Number(e[4]),a:e[5]===void 0?1:Number(e[5])/(e[6]?100:1)});return zg(r)},"hsl"]],object:[[function(i){var e=i.r,t=i.g,s=i.b,r=i.a,n=r===void 0?1:r;return is(e)&&is(t)&&is(s)?Mg({r:Number(e),g:Number(t),b:Number(s),a:Number(n)}):null},"rgb"],[function(i){var e=i.h,t=i.s,s=i.l,r=i.a,n=r===void 0?1:r;if(!is(e)||!is(t)||!is(s))return null;var o=Lg({h:Number(e),s:Number(t),l:Number(s),a:Number(n)});return zg(o)},"hsl"],[function(i){var e=i.h,t=i.s,s=i.v,r=i.a,n=r===void 0?1:r;if(!is(e)||!is(t)||!is(s))return null;var o=(function(a){return{h:q0(a.h),s:Yt(a.s,0,100),v:Yt(a.v,0,100),a:Yt(a.a)}})({h:Number(e),s:Number(t),v:Number(s),a:Number(n)});return F0(o)},"hsv"]]},Vg=function(i,e){for(var t=0;t<e.length;t++){var s=e[t][0](i);if(s)return[s,e[t][1]]}return[null,void 0]},h$=function(i){return typeof i=="string"?Vg(i.trim(),Ip.string):typeof i=="object"&&i!==null?Vg(i,Ip.object):[null,void 0]},Bd=function(i,e){var t=ka(i);return{h:t.h,s:Yt(t.s+100*e,0,100),l:t.l,a:t.a}},jd=function(i){return(299*i.r+587*i.g+114*i.b)/1e3/255},Bg=function(i,e){var t=ka(i);return{h:t.h,s:t.s,l:Yt(t.l+100*e,0,100),a:t.a}},Xu=(function(){function i(e){this.parsed=h$(e)[0],this.rgba=this.parsed||{r:0,g:0,b:0,a:1}}return i.prototype.isValid=function(){return this.parsed!==null},i.prototype.brightness=function(){return We(jd(this.rgba),2)},i.prototype.isDark=function(){return jd(this.rgba)<.5},i.prototype.isLight=function(){return jd(this.rgba)>=.5},i.prototype.toHex=function(){return e=Vd(this.rgba),t=e.r,s=e.g,r=e.b,o=(n=e.a)<1?eu(We(255*n)):"","#"+eu(t)+eu(s)+eu(r)+o;var e,t,s,r,n,o},i.prototype.toRgb=function(){return Vd(this.rgba)},i.prototype.toRgbString=function(){return e=Vd(this.rgba),t=e.r,s=e.g,r=e.b,(n=e.a)<1?"rgba("+t+", "+s+", "+r+", "+n+")":"rgb("+t+", "+s+", "+r+")";var e,t,s,r,n},i.prototype.toHsl=function(){return Ng(ka(this.rgba))},i.prototype.toHslString=function(){return e=Ng(ka(this.rgba)),t=e.h,s=e.s,r=e.l,(n=e.a)<1?"hsla("+t+", "+s+"%, "+r+"%, "+n+")":"hsl("+t+", "+s+"%, "+r+"%)";var e,t,s,r,n},i.prototype.toHsv=function(){return e=H0(this.rgba),{h:We(e.h),s:We(e.s),v:We(e.v),a:We(e.a,3)};var e},i.prototype.invert=function(){return li({r:255-(e=this.rgba).r,g:255-e.g,b:255-e.b,a:e.a});var e},i.prototype.saturate=function(e){return e===void 0&&(e=.1),li(Bd(this.rgba,e))},i.prototype.desaturate=function(e){return e===void 0&&(e=.1),li(Bd(this.rgba,-e))},i.prototype.grayscale=function(){return li(Bd(this.rgba,-1))},i.prototype.lighten=function(e){return e===void 0&&(e=.1),li(Bg(this.rgba,e))},i.prototype.darken=function(e){return e===void 0&&(e=.1),li(Bg(this.rgba,-e))},i.prototype.rotate=function(e){return e===void 0&&(e=15),this.hue(this.hue()+e)},i.prototype.alpha=function(e){return typeof e=="number"?li({r:(t=this.rgba).r,g:t.g,b:t.b,a:e}):We(this.rgba.a,3);var t},i.prototype.hue=function(e){var t=ka(this.rgba);return typeof e=="number"?li({h:e,s:t.s,l:t.l,a:t.a}):We(t.h)},i.prototype.isEqual=function(e){return this.toHex()===li(e).toHex()},i})(),li=function(i){return i instanceof Xu?i:new Xu(i)},jg=[],d$=function(i){i.forEach(function(e){jg.indexOf(e)<0&&(e(Xu,Ip),jg.push(e))})};function p$(i,e){var t={white:"#ffffff",bisque:"#ffe4c4",blue:"#0000ff",cadetblue:"#5f9ea0",chartreuse:"#7fff00",chocolate:"#d2691e",coral:"#ff7f50",antiquewhite:"#faebd7",aqua:"#00ffff",azure:"#f0ffff",whitesmoke:"#f5f5f5",papayawhip:"#ffefd5",plum:"#dda0dd",blanchedalmond:"#ffebcd",black:"#000000",gold:"#ffd700",goldenrod:"#daa520",gainsboro:"#dcdcdc",cornsilk:"#fff8dc",cornflowerblue:"#6495ed",burlywood:"#deb887",aquamarine:"#7fffd4",beige:"#f5f5dc",crimson:"#dc143c",cyan:"#00ffff",darkblue:"#00008b",darkcyan:"#008b8b",darkgoldenrod:"#b8860b",darkkhaki:"#bdb76b",darkgray:"#a9a9a9",darkgreen:"#006400",darkgrey:"#a9a9a9",peachpuff:"#ffdab9",darkmagenta:"#8b008b",darkred:"#8b0000",darkorchid:"#9932cc",darkorange:"#ff8c00",darkslateblue:"#483d8b",gray:"#808080",darkslategray:"#2f4f4f",darkslategrey:"#2f4f4f",deeppink:"#ff1493",deepskyblue:"#00bfff",wheat:"#f5deb3",firebrick:"#b22222",floralwhite:"#fffaf0",ghostwhite:"#f8f8ff",darkviolet:"#9400d3",magenta:"#ff00ff",green:"#008000",dodgerblue:"#1e90ff",grey:"#808080",honeydew:"#f0fff0",hotpink:"#ff69b4",blueviolet:"#8a2be2",forestgreen:"#228b22",lawngreen:"#7cfc00",indianred:"#cd5c5c",indigo:"#4b0082",fuchsia:"#ff00ff",brown:"#a52a2a",maroon:"#800000",mediumblue:"#0000cd",lightcoral:"#f08080",darkturquoise:"#00ced1",lightcyan:"#e0ffff",ivory:"#fffff0",lightyellow:"#ffffe0",lightsalmon:"#ffa07a",lightseagreen:"#20b2aa",linen:"#faf0e6",mediumaquamarine:"#66cdaa",lemonchiffon:"#fffacd",lime:"#00ff00",khaki:"#f0e68c",mediumseagreen:"#3cb371",limegreen:"#32cd32",mediumspringgreen:"#00fa9a",lightskyblue:"#87cefa",lightblue:"#add8e6",midnightblue:"#191970",lightpink:"#ffb6c1",mistyrose:"#ffe4e1",moccasin:"#ffe4b5",mintcream:"#f5fffa",lightslategray:"#778899",lightslategrey:"#778899",navajowhite:"#ffdead",navy:"#000080",mediumvioletred:"#c71585",powderblue:"#b0e0e6",palegoldenrod:"#eee8aa",oldlace:"#fdf5e6",paleturquoise:"#afeeee",mediumturquoise:"#48d1cc",mediumorchid:"#ba55d3",rebeccapurple:"#663399",lightsteelblue:"#b0c4de",mediumslateblue:"#7b68ee",thistle:"#d8bfd8",tan:"#d2b48c",orchid:"#da70d6",mediumpurple:"#9370db",purple:"#800080",pink:"#ffc0cb",skyblue:"#87ceeb",springgreen:"#00ff7f",palegreen:"#98fb98",red:"#ff0000",yellow:"#ffff00",slateblue:"#6a5acd",lavenderblush:"#fff0f5",peru:"#cd853f",palevioletred:"#db7093",violet:"#ee82ee",teal:"#008080",slategray:"#708090",slategrey:"#708090",aliceblue:"#f0f8ff",darkseagreen:"#8fbc8f",darkolivegreen:"#556b2f",greenyellow:"#adff2f",seagreen:"#2e8b57",seashell:"#fff5ee",tomato:"#ff6347",silver:"#c0c0c0",sienna:"#a0522d",lavender:"#e6e6fa",lightgreen:"#90ee90",orange:"#ffa500",orangered:"#ff4500",steelblue:"#4682b4",royalblue:"#4169e1",turquoise:"#40e0d0",yellowgreen:"#9acd32",salmon:"#fa8072",saddlebrown:"#8b4513",sandybrown:"#f4a460",rosybrown:"#bc8f8f",darksalmon:"#e9967a",lightgoldenrodyellow:"#fafad2",snow:"#fffafa",lightgrey:"#d3d3d3",lightgray:"#d3d3d3",dimgray:"#696969",dimgrey:"#696969",olivedrab:"#6b8e23",olive:"#808000"},s={};for(var r in t)s[t[r]]=r;var n={};i.prototype.toName=function(o){if(!(this.rgba.a||this.rgba.r||this.rgba.g||this.rgba.b))return"transparent";var a,l,h=s[this.toHex()];if(h)return h;if(o?.closest){var d=this.toRgb(),f=1/0,v="black";if(!n.length)for(var _ in t)n[_]=new i(t[_]).toRgb();for(var T in t){var $=(a=d,l=n[T],Math.pow(a.r-l.r,2)+Math.pow(a.g-l.g,2)+Math.pow(a.b-l.b,2));$<f&&(f=$,v=T)}return v}},e.string.push([function(o){var a=o.toLowerCase(),l=a==="transparent"?"#0000":t[a];return l?new i(l).toRgb():null},"name"])}class tu extends le{static{this.CHANGE="change"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var f$=Object.defineProperty,m$=Object.getOwnPropertyDescriptor,Ae=(i,e,t,s)=>{for(var r=s>1?void 0:s?m$(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&f$(e,t,r),r};d$([p$]);const qg="EyeDropper"in window;let be=class extends Hi("label",O){constructor(){super(...arguments),this._value="",this.inputValue="",this.hue=0,this.saturation=0,this.lightness=0,this.alpha=100,this._colord=li("hsl(0, 0%, 0%)"),this.format="hex",this.name="",this.size="medium",this.noFormatToggle=!1,this.inline=!1,this.disabled=!1,this.opacity=!1,this.readonly=!1,this.uppercase=!1,this.swatches=["#d0021b","#f5a623","#f8e71c","#8b572a","#7ed321","#417505","#bd10e0","#9013fe","#4a90e2","#50e3c2","#b8e986","#000","#444","#888","#ccc","#fff"]}set value(i){this.value!==i&&this.setColor(i),this._value=i}get value(){return this._value}connectedCallback(){super.connectedCallback(),N(this,"uui-icon"),N(this,"uui-icon-registry-essential"),N(this,"uui-input"),N(this,"uui-button"),N(this,"uui-button-group"),N(this,"uui-color-swatches"),N(this,"uui-color-swatch"),N(this,"uui-color-area"),N(this,"uui-color-slider"),N(this,"uui-popover-container")}getFormattedValue(i){const e=this.opacity?`${i}a`:i,t=this._colord.toHex(),s=t.length>7?t.substring(0,t.length-2):t,{r,g:n,b:o}=this._colord.toRgb(),{h:a,s:l,l:h}=this._colord.toHsl(),{v:d}=this._colord.toHsv(),f=this._colord.alpha();switch(e){case"hex":return this.setLetterCase(s);case"hexa":return this.setLetterCase(t);case"rgb":return this.setLetterCase(`rgb(${r}, ${n}, ${o})`);case"rgba":return this.setLetterCase(this._colord.toRgbString());case"hsl":return this.setLetterCase(`hsl(${a}, ${l}%, ${h}%)`);case"hsla":return this.setLetterCase(this._colord.toHslString());case"hsv":return this.setLetterCase(`hsv(${a}, ${l}%, ${h}%)`);case"hsva":return this.setLetterCase(`hsva(${a}, ${l}%, ${d}%, ${f})`);default:return""}}getBrightness(i){return re(-1*(200*i/(this.saturation-200)),0,100)}getLightness(i){return re((200-this.saturation)*i/100*5/10,0,100)}handleFormatToggle(){const i=["hex","rgb","hsl","hsv"],e=(i.indexOf(this.format)+1)%i.length;this.format=i[e],this._syncValues()}handleAlphaChange(i){i.stopPropagation(),this._swatches?.resetSelection();const e=i.target,t={h:this.hue,s:this.saturation,l:this.lightness,a:Math.round(e.value)/100};this.setColor(t)}handleHueChange(i){i.stopPropagation(),this._swatches?.resetSelection();const t={h:i.target.value,s:this.saturation,l:this.lightness,a:this.alpha/100};this.setColor(t)}handleGridChange(i){i.stopPropagation(),this._swatches?.resetSelection();const e=i.target,t={h:this.hue,s:e.saturation,l:e.lightness,a:this.alpha/100};this.setColor(t)}handleInputChange(i){i.stopImmediatePropagation(),this._swatches?.resetSelection(),this.inputValue=this._input.value,this.setColor(this.inputValue)}handleInputKeyDown(i){i.stopImmediatePropagation(),i.key==="Enter"&&(this._swatches?.resetSelection(),this.inputValue=this._input.value,this.setColor(this.inputValue),setTimeout(()=>this._input.select()))}handleColorSwatchChange(i){i.stopImmediatePropagation();const e=i.target;this.setColor(e.value)}handleCopy(){navigator.clipboard.writeText(this._input.value).then(()=>{this._previewButton.classList.add("color-picker__preview-color--copied"),this._previewButton.addEventListener("animationend",()=>{this._previewButton.classList.remove("color-picker__preview-color--copied")})})}handleEyeDropper(){if(!qg)return;new EyeDropper().open().then(e=>this.setColor(e.sRGBHex)).catch(()=>{})}setColor(i){if(i===this.value)return;if(!i)return this.alpha=100,this.inputValue="",this._value=i,this.dispatchEvent(new tu(tu.CHANGE)),!0;const e=new Xu(i),{h:t,s,l:r,a:n}=e.toHsl();this.hue=t,this.saturation=s,this.lightness=r,this.alpha=this.opacity?n*100:100;const o=i;return o&&o.h&&(this.hue=o.h),this._colord=e,this._syncValues(),this.dispatchEvent(new tu(tu.CHANGE)),!0}setLetterCase(i){return typeof i!="string"?"":this.uppercase?i.toUpperCase():i.toLowerCase()}getHexString(i,e,t,s=100){const r=li(`hsla(${i}, ${e}%, ${t}%, ${s/100})`);return r.isValid()?r.toHex():""}_syncValues(){this.inputValue=this.getFormattedValue(this.format),this._value=this.inputValue}_renderColorPicker(){const i=this.value?`hsla(${this.hue}deg, ${this.saturation}%, ${this.lightness}%, ${this.alpha/100})`:"transparent";return c`
      <div
        class=${Ku({"color-picker":!0,"color-picker--inline":this.inline,"color-picker--disabled":this.disabled})}
        aria-disabled=${this.disabled?"true":"false"}>
        <uui-color-area
          .value="${this.value}"
          .hue="${Math.round(this.hue)}"
          ?disabled=${this.disabled}
          ?readonly=${this.readonly}
          @change=${this.handleGridChange}>
        </uui-color-area>
        <div class="color-picker__controls">
          <div class="color-picker__sliders">
            <uui-color-slider
              hide-value-label
              label="hue"
              class="hue-slider"
              .value=${Math.round(this.hue)}
              ?disabled=${this.disabled}
              ?readonly=${this.readonly}
              @change=${this.handleHueChange}>
            </uui-color-slider>
            ${this.opacity?c`
                  <uui-color-slider
                    hide-value-label
                    label="alpha"
                    class="opacity-slider"
                    .value=${Math.round(this.alpha)}
                    type="opacity"
                    .color=${this.getHexString(this.hue,this.saturation,this.lightness)}
                    ?disabled=${this.disabled}
                    ?readonly=${this.readonly}
                    @change=${this.handleAlphaChange}>
                  </uui-color-slider>
                `:""}
          </div>
          <button
            type="button"
            part="preview"
            class="color-picker__preview color-picker__transparent-bg"
            title="Copy"
            aria-label="Copy"
            style=${ys({"--preview-color":i})}
            @click=${this.handleCopy}></button>
        </div>
        <div class="color-picker__user-input" aria-live="polite">
          <uui-input
            label="label"
            type="text"
            part="input"
            name=${this.name}
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            .value=${r$(this.inputValue)}
            ?disabled=${this.disabled}
            ?readonly=${this.readonly}
            @keydown=${this.handleInputKeyDown}
            @change=${this.handleInputChange}>
          </uui-input>
          <uui-button-group>
            ${this.noFormatToggle?"":c`<uui-button
                  label="Toggle color format"
                  @click=${this.handleFormatToggle}
                  class="color-picker__toggle-format"
                  ?disabled=${this.disabled}
                  compact>
                  <span>${this.format}</span>
                </uui-button>`}
            ${qg?c`<uui-button
                  label="Select a color"
                  ?disabled=${this.disabled||this.readonly}
                  @click=${this.handleEyeDropper}
                  compact>
                  <uui-icon-registry-essential>
                    <uui-icon name="colorpicker"></uui-icon>
                  </uui-icon-registry-essential>
                </uui-button>`:""}
          </uui-button-group>
        </div>
        ${this._renderSwatches()}
      </div>
    `}_renderSwatches(){return this.swatches?.length?c`<uui-color-swatches
      id="swatches"
      class="color-picker__swatches"
      label="Swatches"
      ?disabled=${this.disabled}
      ?readonly=${this.readonly}
      @change=${this.handleColorSwatchChange}>
      ${this.swatches.map(i=>c`<uui-color-swatch label="${i}" .value=${i}>
          </uui-color-swatch>`)}
    </uui-color-swatches>`:w}_renderPreviewButton(){const i=this.value?`hsla(${this.hue}deg, ${this.saturation}%, ${this.lightness}%, ${this.alpha/100})`:"transparent";return c`<button
        type="button"
        part="trigger"
        aria-label="${this.label||"Open Color picker"}"
        class=${Ku({"color-picker__trigger":!0,"color-dropdown__trigger--disabled":this.disabled,"color-dropdown__trigger--small":this.size==="small","color-dropdown__trigger--medium":this.size==="medium","color-dropdown__trigger--large":this.size==="large","color-picker__transparent-bg":!0})}
        style=${ys({"--preview-color":i})}
        ?disabled=${this.disabled}
        aria-haspopup="true"
        aria-expanded="false"
        popovertarget="color-picker-popover"></button>
      <uui-popover-container id="color-picker-popover">
        ${this._renderColorPicker()}
      </uui-popover-container>`}render(){return this.inline?this._renderColorPicker():this._renderPreviewButton()}};be.styles=[g`
      :host {
        --uui-look-outline-border: #ddd;
        --uui-look-outline-border-hover: #aaa;
        font-size: 0.8rem;
        color: var(--uui-color-text,#060606);
        display: block;
        width: var(--uui-color-picker-width, 280px);
      }
      :host > button {
        cursor: pointer;
      }
      uui-popover-container {
        width: inherit;
      }
      .color-picker {
        width: 100%;
        background-color: var(--uui-color-surface,#fff);
        user-select: none;
        border: solid 1px var(--uui-color-border,#d8d7d9);
      }
      .color-picker__user-input {
        display: flex;
        padding: 0 0.75rem 0.75rem 0.75rem;
      }
      .color-picker__user-input uui-button {
        border: var(--uui-input-border-width, 1px) solid
          var(--uui-input-border-color, var(--uui-color-border,#d8d7d9));
        border-left: none;
      }
      .color-picker__preview,
      .color-picker__trigger {
        flex: 0 0 auto;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        position: relative;
        width: 2.25rem;
        height: 2.25rem;
        border: none;
        border-radius: 50%;
        background: none;
      }
      .color-picker__preview {
        cursor: copy;
        margin-left: 0.75rem;
        border-radius: 50%;
      }
      .color-picker__trigger[disabled] {
        cursor: not-allowed;
        opacity: 0.5;
      }
      .color-picker__preview::before,
      .color-picker__trigger::before {
        content: '';
        position: absolute;
        top: 0;
        left: 0;
        width: 100%;
        height: 100%;
        border-radius: inherit;
        /* We use a custom property in lieu of currentColor because of https://bugs.webkit.org/show_bug.cgi?id=216780 */
        background-color: var(--preview-color);
      }

      .color-dropdown__trigger--empty::before {
        background-color: transparent;
      }

      .color-picker__transparent-bg {
        border: 1px solid var(--uui-color-border,#d8d7d9);
        background-image:
          linear-gradient(45deg, var(--uui-palette-grey,#c4c4c4) 25%, transparent 25%),
          linear-gradient(45deg, transparent 75%, var(--uui-palette-grey,#c4c4c4) 75%),
          linear-gradient(45deg, transparent 75%, var(--uui-palette-grey,#c4c4c4) 75%),
          linear-gradient(45deg, var(--uui-palette-grey,#c4c4c4) 25%, transparent 25%);
        background-size: 10px 10px;
        background-position:
          0 0,
          0 0,
          -5px -5px,
          5px 5px;
      }

      .color-picker__preview-color--copied {
        animation: pulse 0.75s;
      }

      @keyframes pulse {
        0% {
          box-shadow: 0 0 0 0 var(--uui-palette-space-cadet-light,rgb(
    38,
    53,
    110
  ));
        }
        70% {
          box-shadow: 0 0 0 0.5rem transparent;
        }
        100% {
          box-shadow: 0 0 0 0 transparent;
        }
      }

      .color-picker__controls {
        padding: 0.75rem;
        display: flex;
        align-items: center;
      }
      .color-picker__sliders {
        flex: 1 1 auto;
      }

      uui-color-slider:not(:last-of-type) {
        margin-bottom: 1rem;
      }

      .color-picker__toggle-format {
        min-width: 45px;
        --uui-button-font-size: 0.8rem;
      }
      .color-picker__toggle-format > span {
        text-transform: uppercase;
      }

      uui-color-swatches {
        border-top: solid 1px var(--uui-color-border,#d8d7d9);
        padding: 0.75rem;
      }

      button[slot='trigger'] {
        border-radius: 50%;
        cursor: pointer;
        width: 36px;
        height: 36px;
      }

      uui-input {
        /*  lower the font size to avoid overflow with hlsa format */
        font-size: 0.85rem;
        box-sizing: content-box;
        flex: 1;
      }

      button.color-picker__trigger:focus-visible {
        outline: 2px solid var(--uui-color-focus,#3879ff);
      }

      uui-color-area {
        width: 100%;
      }
    `];Ae([K('[part="input"]')],be.prototype,"_input",2);Ae([K(".color-picker__preview")],be.prototype,"_previewButton",2);Ae([K("#swatches")],be.prototype,"_swatches",2);Ae([m()],be.prototype,"inputValue",2);Ae([m()],be.prototype,"hue",2);Ae([m()],be.prototype,"saturation",2);Ae([m()],be.prototype,"lightness",2);Ae([m()],be.prototype,"alpha",2);Ae([m()],be.prototype,"_colord",2);Ae([u()],be.prototype,"value",1);Ae([u()],be.prototype,"format",2);Ae([u()],be.prototype,"name",2);Ae([u()],be.prototype,"size",2);Ae([u({attribute:"no-format-toggle",type:Boolean})],be.prototype,"noFormatToggle",2);Ae([u({type:Boolean,reflect:!0})],be.prototype,"inline",2);Ae([u({type:Boolean,reflect:!0})],be.prototype,"disabled",2);Ae([u({type:Boolean})],be.prototype,"opacity",2);Ae([u({type:Boolean,reflect:!0})],be.prototype,"readonly",2);Ae([u({type:Boolean})],be.prototype,"uppercase",2);Ae([u({attribute:!1})],be.prototype,"swatches",2);be=Ae([P("uui-color-picker")],be);var b$={grad:.9,turn:360,rad:360/(2*Math.PI)},ss=function(i){return typeof i=="string"?i.length>0:typeof i=="number"},Ge=function(i,e,t){return e===void 0&&(e=0),t===void 0&&(t=Math.pow(10,e)),Math.round(t*i)/t+0},Kt=function(i,e,t){return e===void 0&&(e=0),t===void 0&&(t=1),i>t?t:i>e?i:e},W0=function(i){return(i=isFinite(i)?i%360:0)>0?i:i+360},Hg=function(i){return{r:Kt(i.r,0,255),g:Kt(i.g,0,255),b:Kt(i.b,0,255),a:Kt(i.a)}},qd=function(i){return{r:Ge(i.r),g:Ge(i.g),b:Ge(i.b),a:Ge(i.a,3)}},g$=/^#([0-9a-f]{3,8})$/i,iu=function(i){var e=i.toString(16);return e.length<2?"0"+e:e},G0=function(i){var e=i.r,t=i.g,s=i.b,r=i.a,n=Math.max(e,t,s),o=n-Math.min(e,t,s),a=o?n===e?(t-s)/o:n===t?2+(s-e)/o:4+(e-t)/o:0;return{h:60*(a<0?a+6:a),s:n?o/n*100:0,v:n/255*100,a:r}},Y0=function(i){var e=i.h,t=i.s,s=i.v,r=i.a;e=e/360*6,t/=100,s/=100;var n=Math.floor(e),o=s*(1-t),a=s*(1-(e-n)*t),l=s*(1-(1-e+n)*t),h=n%6;return{r:255*[s,a,o,o,l,s][h],g:255*[l,s,s,a,o,o][h],b:255*[o,o,l,s,s,a][h],a:r}},Fg=function(i){return{h:W0(i.h),s:Kt(i.s,0,100),l:Kt(i.l,0,100),a:Kt(i.a)}},Wg=function(i){return{h:Ge(i.h),s:Ge(i.s),l:Ge(i.l),a:Ge(i.a,3)}},Gg=function(i){return Y0((t=(e=i).s,{h:e.h,s:(t*=((s=e.l)<50?s:100-s)/100)>0?2*t/(s+t)*100:0,v:s+t,a:e.a}));var e,t,s},Ta=function(i){return{h:(e=G0(i)).h,s:(r=(200-(t=e.s))*(s=e.v)/100)>0&&r<200?t*s/100/(r<=100?r:200-r)*100:0,l:r/2,a:e.a};var e,t,s,r},v$=/^hsla?\(\s*([+-]?\d*\.?\d+)(deg|rad|grad|turn)?\s*,\s*([+-]?\d*\.?\d+)%\s*,\s*([+-]?\d*\.?\d+)%\s*(?:,\s*([+-]?\d*\.?\d+)(%)?\s*)?\)$/i,y$=/^hsla?\(\s*([+-]?\d*\.?\d+)(deg|rad|grad|turn)?\s+([+-]?\d*\.?\d+)%\s+([+-]?\d*\.?\d+)%\s*(?:\/\s*([+-]?\d*\.?\d+)(%)?\s*)?\)$/i,_$=/^rgba?\(\s*([+-]?\d*\.?\d+)(%)?\s*,\s*([+-]?\d*\.?\d+)(%)?\s*,\s*([+-]?\d*\.?\d+)(%)?\s*(?:,\s*([+-]?\d*\.?\d+)(%)?\s*)?\)$/i,w$=/^rgba?\(\s*([+-]?\d*\.?\d+)(%)?\s+([+-]?\d*\.?\d+)(%)?\s+([+-]?\d*\.?\d+)(%)?\s*(?:\/\s*([+-]?\d*\.?\d+)(%)?\s*)?\)$/i,Yg={string:[[function(i){var e=g$.exec(i);return e?(i=e[1]).length<=4?{r:parseInt(i[0]+i[0],16),g:parseInt(i[1]+i[1],16),b:parseInt(i[2]+i[2],16),a:i.length===4?Ge(parseInt(i[3]+i[3],16)/255,2):1}:i.length===6||i.length===8?{r:parseInt(i.substr(0,2),16),g:parseInt(i.substr(2,2),16),b:parseInt(i.substr(4,2),16),a:i.length===8?Ge(parseInt(i.substr(6,2),16)/255,2):1}:null:null},"hex"],[function(i){var e=_$.exec(i)||w$.exec(i);return e?e[2]!==e[4]||e[4]!==e[6]?null:Hg({r:Number(e[1])/(e[2]?100/255:1),g:Number(e[3])/(e[4]?100/255:1),b:Number(e[5])/(e[6]?100/255:1),a:e[7]===void 0?1:Number(e[7])/(e[8]?100:1)}):null},"rgb"],[function(i){var e=v$.exec(i)||y$.exec(i);if(!e)return null;var t,s,r=Fg({h:(t=e[1],s=e[2],s===void 0&&(s="deg"),Number(t)*(b$[s]||1)),s:Number(e[3]),l:Number(e[4]),a:e[5]===void 0?1:Number(e[5])/(e[6]?100:1)});return Gg(r)},"hsl"]],object:[[function(i){var e=i.r,t=i.g,s=i.b,r=i.a,n=r===void 0?1:r;return ss(e)&&ss(t)&&ss(s)?Hg({r:Number(e),g:Number(t),b:Number(s),a:Number(n)}):null},"rgb"],[function(i){var e=i.h,t=i.s,s=i.l,r=i.a,n=r===void 0?1:r;if(!ss(e)||!ss(t)||!ss(s))return null;var o=Fg({h:Number(e),s:Number(t),l:Number(s),a:Number(n)});return Gg(o)},"hsl"],[function(i){var e=i.h,t=i.s,s=i.v,r=i.a,n=r===void 0?1:r;if(!ss(e)||!ss(t)||!ss(s))return null;var o=(function(a){return{h:W0(a.h),s:Kt(a.s,0,100),v:Kt(a.v,0,100),a:Kt(a.a)}})({h:Number(e),s:Number(t),v:Number(s),a:Number(n)});return Y0(o)},"hsv"]]},Kg=function(i,e){for(var t=0;t<e.length;t++){var s=e[t][0](i);if(s)return[s,e[t][1]]}return[null,void 0]},x$=function(i){return typeof i=="string"?Kg(i.trim(),Yg.string):typeof i=="object"&&i!==null?Kg(i,Yg.object):[null,void 0]},Hd=function(i,e){var t=Ta(i);return{h:t.h,s:Kt(t.s+100*e,0,100),l:t.l,a:t.a}},Fd=function(i){return(299*i.r+587*i.g+114*i.b)/1e3/255},Xg=function(i,e){var t=Ta(i);return{h:t.h,s:t.s,l:Kt(t.l+100*e,0,100),a:t.a}},Op=(function(){function i(e){this.parsed=x$(e)[0],this.rgba=this.parsed||{r:0,g:0,b:0,a:1}}return i.prototype.isValid=function(){return this.parsed!==null},i.prototype.brightness=function(){return Ge(Fd(this.rgba),2)},i.prototype.isDark=function(){return Fd(this.rgba)<.5},i.prototype.isLight=function(){return Fd(this.rgba)>=.5},i.prototype.toHex=function(){return e=qd(this.rgba),t=e.r,s=e.g,r=e.b,o=(n=e.a)<1?iu(Ge(255*n)):"","#"+iu(t)+iu(s)+iu(r)+o;var e,t,s,r,n,o},i.prototype.toRgb=function(){return qd(this.rgba)},i.prototype.toRgbString=function(){return e=qd(this.rgba),t=e.r,s=e.g,r=e.b,(n=e.a)<1?"rgba("+t+", "+s+", "+r+", "+n+")":"rgb("+t+", "+s+", "+r+")";var e,t,s,r,n},i.prototype.toHsl=function(){return Wg(Ta(this.rgba))},i.prototype.toHslString=function(){return e=Wg(Ta(this.rgba)),t=e.h,s=e.s,r=e.l,(n=e.a)<1?"hsla("+t+", "+s+"%, "+r+"%, "+n+")":"hsl("+t+", "+s+"%, "+r+"%)";var e,t,s,r,n},i.prototype.toHsv=function(){return e=G0(this.rgba),{h:Ge(e.h),s:Ge(e.s),v:Ge(e.v),a:Ge(e.a,3)};var e},i.prototype.invert=function(){return rs({r:255-(e=this.rgba).r,g:255-e.g,b:255-e.b,a:e.a});var e},i.prototype.saturate=function(e){return e===void 0&&(e=.1),rs(Hd(this.rgba,e))},i.prototype.desaturate=function(e){return e===void 0&&(e=.1),rs(Hd(this.rgba,-e))},i.prototype.grayscale=function(){return rs(Hd(this.rgba,-1))},i.prototype.lighten=function(e){return e===void 0&&(e=.1),rs(Xg(this.rgba,e))},i.prototype.darken=function(e){return e===void 0&&(e=.1),rs(Xg(this.rgba,-e))},i.prototype.rotate=function(e){return e===void 0&&(e=15),this.hue(this.hue()+e)},i.prototype.alpha=function(e){return typeof e=="number"?rs({r:(t=this.rgba).r,g:t.g,b:t.b,a:e}):Ge(this.rgba.a,3);var t},i.prototype.hue=function(e){var t=Ta(this.rgba);return typeof e=="number"?rs({h:e,s:t.s,l:t.l,a:t.a}):Ge(t.h)},i.prototype.isEqual=function(e){return this.toHex()===rs(e).toHex()},i})(),rs=function(i){return i instanceof Op?i:new Op(i)};class Zg extends le{static{this.CHANGE="change"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var E$=Object.defineProperty,C$=Object.getOwnPropertyDescriptor,gi=(i,e,t,s)=>{for(var r=s>1?void 0:s?C$(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&E$(e,t,r),r};let Rt=class extends Hi("label",O){constructor(){super(...arguments),this.type="hue",this.color="",this.min=0,this.max=100,this.precision=1,this.vertical=!1,this.value=0,this.readonly=!1,this.disabled=!1,this.hideValueLabel=!1}willUpdate(i){if(i.has("type")&&(this.type==="hue"?this.max=360:this.type==="saturation"?this.max=100:this.type==="lightness"?this.max=100:this.type==="opacity"&&(this.max=this.max??100),this.precision=this.precision??1,this.color)){const e=new Op(this.color),{h:t,s,l:r}=e.toHsl(),{r:n,g:o,b:a}=e.toRgb(),l=this.type==="saturation"?`linear-gradient(to ${this.vertical?"top":"right"}, hsl(${t}, 0%, ${r}%), hsl(${t}, 100%, ${r}%))`:this.type==="lightness"?`linear-gradient(to ${this.vertical?"top":"right"}, hsl(${t}, ${s}%, 0%), hsl(${t}, ${s}%, 100%))`:null,h=this.type==="opacity"?`linear-gradient(to ${this.vertical?"top":"right"}, transparent 0%, rgba(${n}, ${o}, ${a}, ${this.max}%) 100%)`:null;this.style.setProperty("--uui-slider-background-image",l),this.style.setProperty("--uui-slider-hue-color",h)}}firstUpdated(){this.container=this.shadowRoot.querySelector("#color-slider"),this.handle=this.container.querySelector("#color-slider__handle")}handleDrag(i){if(this.disabled||this.readonly||!this.container||!this.handle)return;const{width:e,height:t}=this.container.getBoundingClientRect();this.handle.focus(),i.preventDefault(),a0(this.container,{onMove:(s,r)=>{this.vertical?this.value=wg(re(r/t*this.max,this.min,this.max),this.min,this.max):this.value=re(s/e*this.max,this.min,this.max),this.syncValues()},initialEvent:i})}handleClick(i){this.disabled||this.readonly||(this.value=this.getValueFromMousePosition(i),this.syncValues())}handleKeyDown(i){const e=i.shiftKey?10:1;i.key==="ArrowLeft"?(i.preventDefault(),this.value=re(this.value-e,this.min,this.max),this.syncValues()):i.key==="ArrowRight"?(i.preventDefault(),this.value=re(this.value+e,this.min,this.max),this.syncValues()):i.key==="ArrowUp"?(i.preventDefault(),this.value=re(this.value+e,this.min,this.max),this.syncValues()):i.key==="ArrowDown"?(i.preventDefault(),this.value=re(this.value-e,this.min,this.max),this.syncValues()):i.key==="Home"?(i.preventDefault(),this.value=this.min,this.syncValues()):i.key==="End"&&(i.preventDefault(),this.value=this.max,this.syncValues())}getValueFromMousePosition(i){return this.vertical?this.getValueFromYCoordinate(i.clientY):this.getValueFromXCoordinate(i.clientX)}getValueFromTouchPosition(i){return this.vertical?this.getValueFromYCoordinate(i.touches[0].clientY):this.getValueFromXCoordinate(i.touches[0].clientX)}getValueFromXCoordinate(i){const{left:e,width:t}=this.container.getBoundingClientRect();return re(this.roundToPrecision((i-e)/t*this.max),this.min,this.max)}getValueFromYCoordinate(i){const{top:e,height:t}=this.container.getBoundingClientRect();return re(this.roundToPrecision((i-e)/t*this.max),this.min,this.max)}roundToPrecision(i){const e=1/this.precision;return Math.ceil(i*e)/e}syncValues(){this.dispatchEvent(new Zg(Zg.CHANGE))}get cssPropCurrentValue(){return this.value===0?this.vertical?100:0:100/(this.vertical?this.max/wg(this.value,this.min,this.max):this.max/this.value)}render(){return c`<div
        part="slider"
        id="color-slider"
        role="slider"
        aria-label=${S(this.getAttribute("aria-label")||this.label||void 0)}
        aria-labelledby=${S(this.getAttribute("aria-labelledby")||void 0)}
        aria-orientation="${this.vertical?"vertical":"horizontal"}"
        aria-valuemin="${Math.round(this.min)}"
        aria-valuemax="${Math.round(this.max)}"
        aria-valuenow="${Math.round(this.value)}"
        @click=${this.handleClick}
        @mousedown=${this.handleDrag}
        @touchstart=${this.handleDrag}
        @keydown=${this.handleKeyDown}>
        ${this.type==="opacity"?c`<div
              id="current-hue"
              style=${ys({backgroundImage:"var(--uui-slider-hue-color)"})}></div>`:""}
        <!-- <slot name="detail"> </slot> -->
        <span
          id="color-slider__handle"
          style="--current-value: ${this.cssPropCurrentValue}%;"
          tabindex=${S(this.disabled?void 0:"0")}>
        </span>
      </div>
      ${this.hideValueLabel?null:Math.round(this.value)}`}};Rt.styles=[g`
      :host {
        --uui-slider-height: 15px;
        --uui-slider-handle-size: 17px;
        --uui-slider-background-image: #fff;
        --uui-slider-background-size: 100%;
        --uui-slider-background-position: top left;
        display: block;
      }

      :host([type='hue']) {
        --uui-slider-background-image: linear-gradient(
          to right,
          rgb(255, 0, 0) 0%,
          rgb(255, 255, 0) 17%,
          rgb(0, 255, 0) 33%,
          rgb(0, 255, 255) 50%,
          rgb(0, 0, 255) 67%,
          rgb(255, 0, 255) 83%,
          rgb(255, 0, 0) 100%
        );
      }

      :host([vertical][type='hue']) {
        --uui-slider-background-image: linear-gradient(
          to top,
          rgb(255, 0, 0) 0%,
          rgb(255, 255, 0) 17%,
          rgb(0, 255, 0) 33%,
          rgb(0, 255, 255) 50%,
          rgb(0, 0, 255) 67%,
          rgb(255, 0, 255) 83%,
          rgb(255, 0, 0) 100%
        );
      }

      :host([type='opacity']) {
        --uui-slider-background-image:
          linear-gradient(45deg, var(--uui-palette-grey,#c4c4c4) 25%, transparent 25%),
          linear-gradient(45deg, transparent 75%, var(--uui-palette-grey,#c4c4c4) 75%),
          linear-gradient(45deg, transparent 75%, var(--uui-palette-grey,#c4c4c4) 75%),
          linear-gradient(45deg, var(--uui-palette-grey,#c4c4c4) 25%, transparent 25%);

        --uui-slider-background-size: 10px 10px;
        --uui-slider-background-position: 0 0, 0 0, -5px -5px, 5px 5px;
      }

      #color-slider {
        position: relative;
        background-image: var(--uui-slider-background-image);
        background-size: var(--uui-slider-background-size);
        background-position: var(--uui-slider-background-position);
        border-radius: 3px;
        box-shadow: inset 0 0 0 1px rgba(0, 0, 0, 0.2);
        width: 100%;
        height: var(--uui-slider-height);
      }

      :host([vertical]) #color-slider {
        width: var(--uui-slider-height);
        height: 300px;
      }

      :host([disabled]) {
        cursor: not-allowed;
      }

      :host([disabled]) #color-slider {
        user-select: none;
        pointer-events: none;
        opacity: 0.55;
      }

      :host([readonly]) {
        cursor: default;
      }

      :host([readonly]) #color-slider {
        pointer-events: none;
      }

      #color-slider__handle {
        position: absolute;
        top: calc(50% - var(--uui-slider-handle-size) / 2);
        width: var(--uui-slider-handle-size);
        height: var(--uui-slider-handle-size);
        background-color: white;
        border-radius: 50%;
        box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.25);
        margin-left: calc(var(--uui-slider-handle-size) / -2);
        left: var(--current-value, 0%);
      }

      :host([vertical]) #color-slider__handle {
        left: unset;
        top: var(--current-value, 100%);
        margin-left: -1px;
        margin-top: calc(var(--uui-slider-handle-size) / -2);
      }

      ::slotted(*:first-child) {
        border-radius: 3px;
        position: absolute;
        top: 0px;
        left: 0px;
        width: 100%;
        height: 100%;
      }

      #current-hue {
        border-radius: 3px;
        position: absolute;
        inset: 0 0 0 0;
      }
    `];gi([u({reflect:!0})],Rt.prototype,"type",2);gi([u()],Rt.prototype,"color",2);gi([u({type:Number})],Rt.prototype,"min",2);gi([u({type:Number})],Rt.prototype,"max",2);gi([u({type:Number})],Rt.prototype,"precision",2);gi([u({type:Boolean,reflect:!0})],Rt.prototype,"vertical",2);gi([u({type:Number})],Rt.prototype,"value",2);gi([u({type:Boolean,reflect:!0})],Rt.prototype,"readonly",2);gi([u({type:Boolean,reflect:!0})],Rt.prototype,"disabled",2);gi([u({type:Boolean,attribute:"hide-value-label",reflect:!0})],Rt.prototype,"hideValueLabel",2);Rt=gi([P("uui-color-slider")],Rt);const Pa=(i,e)=>{const t=i._$AN;if(t===void 0)return!1;for(const s of t)s._$AO?.(e,!1),Pa(s,e);return!0},Zu=i=>{let e,t;do{if((e=i._$AM)===void 0)break;t=e._$AN,t.delete(i),i=e}while(t?.size===0)},K0=i=>{for(let e;e=i._$AM;i=e){let t=e._$AN;if(t===void 0)e._$AN=t=new Set;else if(t.has(i))break;t.add(i),T$(e)}};function $$(i){this._$AN!==void 0?(Zu(this),this._$AM=i,K0(this)):this._$AM=i}function k$(i,e=!1,t=0){const s=this._$AH,r=this._$AN;if(r!==void 0&&r.size!==0)if(e)if(Array.isArray(s))for(let n=t;n<s.length;n++)Pa(s[n],!1),Zu(s[n]);else s!=null&&(Pa(s,!1),Zu(s));else Pa(this,i)}const T$=i=>{i.type==ci.CHILD&&(i._$AP??=k$,i._$AQ??=$$)};class fh extends Po{constructor(){super(...arguments),this._$AN=void 0}_$AT(e,t,s){super._$AT(e,t,s),K0(this),this.isConnected=e._$AU}_$AO(e,t=!0){e!==this.isConnected&&(this.isConnected=e,e?this.reconnected?.():this.disconnected?.()),t&&(Pa(this,e),Zu(this))}setValue(e){if(l0(this._$Ct))this._$Ct._$AI(e,this);else{const t=[...this._$Ct._$AH];t[this._$Ci]=e,this._$Ct._$AI(t,this,0)}}disconnected(){}reconnected(){}}const Wd=new WeakMap,Fn=Ps(class extends fh{render(i){return w}update(i,[e]){const t=e!==this.G;return t&&this.rt(void 0),(t||this.lt!==this.ct)&&(this.G=e,this.ht=i.options?.host,this.rt(this.ct=i.element)),w}rt(i){if(this.G!==void 0)if(this.isConnected||(i=void 0),typeof this.G=="function"){const e=this.ht??globalThis;let t=Wd.get(e);t===void 0&&(t=new WeakMap,Wd.set(e,t)),t.get(this.G)!==void 0&&this.G.call(this.ht,void 0),t.set(this.G,i),i!==void 0&&this.G.call(this.ht,i)}else this.G.value=i}get lt(){return typeof this.G=="function"?Wd.get(this.ht??globalThis)?.get(this.G):this.G?.value}disconnected(){this.lt===this.ct&&this.rt(void 0)}reconnected(){this.rt(this.ct)}});var P$=Object.defineProperty,S$=Object.getOwnPropertyDescriptor,X0=i=>{throw TypeError(i)},Io=(i,e,t,s)=>{for(var r=s>1?void 0:s?S$(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&P$(e,t,r),r},A$=(i,e,t)=>e.has(i)||X0("Cannot "+t),I$=(i,e,t)=>e.has(i)?X0("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),O$=(i,e,t)=>(A$(i,e,"access private method"),t),Up,Z0;let Qs=class extends Hi("label",ko(Cl(O))){constructor(){super(),I$(this,Up),this.disabled=!1,this.readonly=!1,this.showLabel=!1,this.addEventListener("click",this._setAriaAttributes)}get value(){return this._value??""}set value(i){const e=this._value;this._value=i,this.requestUpdate("value",e)}get color(){return this._color}set color(i){const e=this._color;this._color=i,this.requestUpdate("color",e)}_setAriaAttributes(){this.selectable&&this.setAttribute("aria-checked",this.selected.toString())}firstUpdated(){this._setAriaAttributes()}willUpdate(i){(i.has("disabled")||i.has("readonly"))&&this.selectable&&(this.selectable=!this.disabled&&!this.readonly,this.deselectable=!this.disabled&&!this.readonly),(i.has("selectable")||i.has("selected"))&&this._setAriaAttributes()}focus(i){this.selectableTarget?.focus(i)}render(){return c`
      <button
        id="swatch"
        ${Fn(O$(this,Up,Z0))}
        aria-label=${this.label}
        ?disabled="${this.disabled}"
        title="${this.label}">
        <div class="color-swatch color-swatch--transparent-bg">
          <div
            class="color-swatch__color"
            style="background: var(--uui-swatch-color, ${this.color??this.value})"></div>
          <div
            class="color-swatch__check"
            style="color: var(--uui-swatch-color, ${this.color??this.value})">
            ${ch}
          </div>
        </div>
        ${this._renderWithLabel()}
      </button>
    `}_renderWithLabel(){return this.showLabel?c`<div class="color-swatch__label">
      <strong>${this.renderLabel()}</strong>
      ${this.value}
    </div>`:w}};Up=new WeakSet;Z0=function(i){this.selectableTarget=i||this};Qs.styles=[g`
      :host {
        position: relative;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        box-sizing: border-box;
        transition: box-shadow 100ms ease-out;
        flex-direction: column;
      }

      :host(*),
      * {
        /* TODO: implement globally shared outline style */
        outline-color: var(--uui-color-focus,#3879ff);
        outline-offset: 4px;
      }

      :host(:focus-within:not([disabled])) {
        outline: none;
      }

      :host(:focus:not([disabled])) #swatch {
        outline-color: var(--uui-color-focus,#3879ff);
        outline-width: var(--uui-swatch-border-width, 1px);
        outline-style: solid;
        outline-offset: var(--uui-swatch-border-width, 1px);
      }

      :host([selectable]) #swatch {
        cursor: pointer;
      }

      :host([disabled]) {
        cursor: not-allowed;
        opacity: 0.5;
      }

      :host([readonly]) {
        cursor: default;
      }

      #swatch {
        cursor: inherit;
        outline: none;
        background: none;
        border: none;
        padding: 0;
        margin: 0;
        text-align: left;
        border-radius: 3px;
      }

      :host(:not([selectable])) #swatch:focus {
        outline: none;
      }

      :host([selectable]) #swatch::after {
        content: '';
        position: absolute;
        pointer-events: none;
        inset: calc(var(--uui-swatch-border-width, 1px) * -1);
        width: calc(100% + calc(var(--uui-swatch-border-width, 1px) * 2));
        height: calc(100% + calc(var(--uui-swatch-border-width, 1px) * 2));
        box-sizing: border-box;
        border: var(--uui-swatch-border-width, 2px) solid
          var(--uui-color-selected,#3544b1);
        border-radius: calc(
          var(--uui-border-radius,3px) + var(--uui-swatch-border-width, 1px)
        );
        transition: opacity 100ms ease-out;
        opacity: 0;
      }
      :host([selectable]:not([disabled]):hover) #swatch::after {
        opacity: 0.33;
      }
      :host([selectable][selected]:not([disabled]):hover) #swatch::after {
        opacity: 0.66;
      }
      :host([selectable][selected]:not([disabled])) #swatch::after {
        opacity: 1;
      }

      .color-swatch {
        position: relative;
        width: var(--uui-swatch-size, 25px);
        height: var(--uui-swatch-size, 25px);
        border-radius: 3px;
        display: flex;
        flex-direction: column;
        justify-content: center;
        align-items: center;
      }

      :host([show-label]) .color-swatch {
        width: 120px;
        height: 50px;
      }

      .color-swatch.color-swatch--transparent-bg {
        background-image:
          linear-gradient(45deg, var(--uui-palette-grey,#c4c4c4) 25%, transparent 25%),
          linear-gradient(45deg, transparent 75%, var(--uui-palette-grey,#c4c4c4) 75%),
          linear-gradient(45deg, transparent 75%, var(--uui-palette-grey,#c4c4c4) 75%),
          linear-gradient(45deg, var(--uui-palette-grey,#c4c4c4) 25%, transparent 25%);
        background-size: 10px 10px;
        background-position:
          0 0,
          0 0,
          -5px -5px,
          5px 5px;
      }
      .color-swatch__color {
        width: 100%;
        height: 100%;
        border: 1px solid rgba(0, 0, 0, 0.125);
        border-radius: inherit;
        box-sizing: border-box;
      }

      :host([show-label]) .color-swatch__color {
        border-radius: 3px 3px 0 0;
      }

      .color-swatch__check {
        position: absolute;
        vertical-align: middle;
        width: calc(var(--uui-swatch-size, 25px) / 2);
        height: calc(var(--uui-swatch-size, 25px) / 2);
        line-height: 0;
        filter: invert(1) grayscale(1) contrast(9);
        pointer-events: none;
        opacity: 0;
      }

      :host([selected]) .color-swatch__check {
        opacity: 1;
      }

      slot[name='label']::slotted(*),
      .label {
        font-size: var(--uui-size-4,12px);
      }

      .color-swatch__label {
        max-width: 120px;
        box-sizing: border-box;
        padding: var(--uui-size-space-1,3px) var(--uui-size-space-2,6px);
        line-height: 1.5;
        display: flex;
        flex-direction: column;
        background: white;
        border: 1px solid var(--uui-color-border,#d8d7d9);
        border-radius: 0 0 3px 3px;
        font-size: var(--uui-size-4, 12px);
      }

      .color-swatch__label strong {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        box-sizing: border-box;
      }
    `];Io([u()],Qs.prototype,"value",1);Io([u()],Qs.prototype,"color",1);Io([u({type:Boolean,reflect:!0})],Qs.prototype,"disabled",2);Io([u({type:Boolean,reflect:!0})],Qs.prototype,"readonly",2);Io([u({type:Boolean,attribute:"show-label",reflect:!0})],Qs.prototype,"showLabel",2);Qs=Io([P("uui-color-swatch")],Qs);class su extends le{static{this.CHANGE="change"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var U$=Object.defineProperty,D$=Object.getOwnPropertyDescriptor,kl=(i,e,t,s)=>{for(var r=s>1?void 0:s?D$(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&U$(e,t,r),r};let Jr=class extends Hi("label",O){constructor(){super(),this.value="",this.disabled=!1,this.readonly=!1,this._onSelected=i=>{const e=i.target;this._swatches.includes(e)&&(this._selectedElement&&(this._selectedElement.selected=!1,this._selectedElement.active=!1,this._selectedElement=void 0),this._selectedElement=e,this._activeElement=this._selectedElement,this.value=this._selectedElement.value||"",this.dispatchEvent(new su(su.CHANGE)))},this._onDeselected=i=>{const e=i.target;this._swatches.includes(e)&&(this._activeElement===e&&(this._activeElement=void 0),this._selectedElement===e&&(this._selectedElement.selected=!1,this._selectedElement.active=!1,this._selectedElement=void 0,this.value="",this.dispatchEvent(new su(su.CHANGE))))},this.addEventListener(Ln.SELECTED,this._onSelected),this.addEventListener(Ln.DESELECTED,this._onDeselected)}get _activeElement(){return this.__activeElement}set _activeElement(i){this.__activeElement&&(this.__activeElement.active=!1),i&&(i.active=!0,this.__activeElement=i)}connectedCallback(){super.connectedCallback(),this.setAttribute("role","radiogroup"),this.setAttribute("aria-label",this.label)}willUpdate(i){i.has("label")&&this.setAttribute("aria-label",this.label)}_handleSlotChange(){!this._swatches||this._swatches.length===0||this._swatches.forEach(i=>{i.setAttribute("aria-checked","false"),i.setAttribute("role","radio"),this.disabled?i.setAttribute("disabled",""):i.setAttribute("selectable","selectable"),this.readonly&&i.setAttribute("readonly",""),this.value!==""&&i.value===this.value&&(i.selected=!0,i.setAttribute("aria-checked","true"),this._selectedElement=i,this._activeElement=this._selectedElement)})}resetSelection(){this._swatches.forEach(i=>{i.selected=!1,i.active=!1,i.selectable=!i.disabled}),this._activeElement=void 0,this._selectedElement=void 0,this.value=""}render(){return c`<slot @slotchange=${this._handleSlotChange}></slot>`}};Jr.styles=[g`
      :host {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
    `];kl([u()],Jr.prototype,"value",2);kl([u({type:Boolean,reflect:!0})],Jr.prototype,"disabled",2);kl([u({type:Boolean,reflect:!0})],Jr.prototype,"readonly",2);kl([Ts({selector:"uui-color-swatch"})],Jr.prototype,"_swatches",2);Jr=kl([P("uui-color-swatches")],Jr);class Di extends le{static{this.CHANGE="change"}static{this.INNER_SLOT_CHANGE="inner-slot-change"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var R$=Object.defineProperty,M$=Object.getOwnPropertyDescriptor,J0=i=>{throw TypeError(i)},br=(i,e,t,s)=>{for(var r=s>1?void 0:s?M$(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&R$(e,t,r),r},L$=(i,e,t)=>e.has(i)||J0("Cannot "+t),N$=(i,e,t)=>e.has(i)?J0("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),Jg=(i,e,t)=>(L$(i,e,"access private method"),t),_u,Dp;let Bi=class extends O{constructor(){super(...arguments),N$(this,_u),this.displayValue="",this._value="",this._activeElementValue=null,this._onSlotChange=()=>{Jg(this,_u,Dp).call(this),this._updateSelection(),this.dispatchEvent(new Di(Di.INNER_SLOT_CHANGE))},this._onSelected=i=>{this._selectedElement&&(this._selectedElement.selected=!1,this._selectedElement.active=!1,this._selectedElement=void 0),this._selectedElement=i.composedPath()[0],this.value=this._selectedElement.value||"",this.displayValue=this._selectedElement.displayValue||"",this.dispatchEvent(new Di(Di.CHANGE))},this._onDeselected=i=>{const e=i.composedPath()[0];this._selectedElement===e&&(this.value="",this.displayValue="",this.dispatchEvent(new Di(Di.CHANGE)))},this._moveIndex=i=>{const e=Math.min(Math.max(this._getActiveIndex+i,0),this._options.length-1);this._goToIndex(e)},this._onKeyDown=i=>{if(!(this._options.length<=0))switch(i.code){case"ArrowUp":i.preventDefault(),i.ctrlKey?this._moveIndex(-10):this._moveIndex(-1);break;case"ArrowDown":i.preventDefault(),i.ctrlKey?this._moveIndex(10):this._moveIndex(1);break;case"Home":{i.preventDefault(),this._goToIndex(0);break}case"Enter":{i.preventDefault(),this._getActiveElement?.click();break}case"End":{i.preventDefault(),this._goToIndex(this._options.length-1);break}}}}get value(){return this._value}set value(i){if(this._value===i)return;const e=this._value;this._value=i,this._updateSelection(),this.requestUpdate("value",e)}get for(){return this._for}set for(i){this._for&&this._for.removeEventListener("keydown",this._onKeyDown),this._for=i,this._for&&this._for.addEventListener("keydown",this._onKeyDown)}connectedCallback(){super.connectedCallback(),this._for||(this._for=this),this.addEventListener(Ln.SELECTED,this._onSelected),this.addEventListener(Ln.DESELECTED,this._onDeselected)}disconnectedCallback(){super.disconnectedCallback(),document.removeEventListener("keydown",this._onKeyDown),this.removeEventListener(Ln.SELECTED,this._onSelected),this.removeEventListener(Ln.DESELECTED,this._onDeselected)}_updateSelection(){this.displayValue="";for(const i of this._options)i.value===this._value?(this.displayValue=i.displayValue||"",i.selected=!0):i.selected=!1}get _getActiveIndex(){return this._activeElementValue===null?-1:this._options.findIndex(i=>i.value===this._activeElementValue)}get _getActiveElement(){return this._activeElementValue===null?null:this._options.find(i=>i.value===this._activeElementValue)}_goToIndex(i){if(this._options.length===0)return;i=Math.min(Math.max(i,0),this._options.length-1);const e=this._options[i];this._activeElementValue=e.value,Jg(this,_u,Dp).call(this),e&&e.scrollIntoView({behavior:"auto",block:"nearest",inline:"nearest"})}render(){return c` <slot @slotchange=${this._onSlotChange}></slot> `}};_u=new WeakSet;Dp=function(){for(let e=0;e<this._activeOptions.length;e++)this._activeOptions[e].active=!1;const i=this._getActiveElement;i?i.active=!0:this._goToIndex(0)};Bi.styles=[g`
      :host {
        display: flex;
        flex-direction: column;
        box-sizing: border-box;
      }
    `];br([u()],Bi.prototype,"value",1);br([u({type:String})],Bi.prototype,"displayValue",2);br([u({attribute:!1})],Bi.prototype,"for",1);br([Ts({flatten:!0,selector:"uui-combobox-list-option:not([disabled])"})],Bi.prototype,"_options",2);br([Ts({flatten:!0,selector:"uui-combobox-list-option[active]"})],Bi.prototype,"_activeOptions",2);br([m()],Bi.prototype,"_value",2);br([m()],Bi.prototype,"_activeElementValue",2);Bi=br([P("uui-combobox-list")],Bi);var z$=Object.defineProperty,V$=Object.getOwnPropertyDescriptor,Oo=(i,e,t,s)=>{for(var r=s>1?void 0:s?V$(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&z$(e,t,r),r};let er=class extends ko(Cl(O)){constructor(){super(),this._disabled=!1,this._displayValue="",this.selectable=!0,this.deselectable=!1}get value(){return this._value?this._value:this.textContent?.trim()||""}set value(i){const e=this._value;this._value=i,this.requestUpdate("value",e)}get displayValue(){return this._displayValue?this._displayValue:this.textContent?.trim()||""}set displayValue(i){const e=this._displayValue;this._displayValue=i,this.requestUpdate("displayValue",e)}get disabled(){return this._disabled}set disabled(i){const e=this._disabled;this._disabled=i,this.selectable=!this._disabled,this.requestUpdate("disabled",e)}render(){return c`<slot></slot>`}};er.styles=[g`
      :host {
        position: relative;
        cursor: pointer;
        margin: 1px var(--uui-size-2,6px);
        border-radius: var(--uui-border-radius,3px);
        outline: 2px solid transparent;
        outline-offset: -2px;
        padding: var(--uui-size-1,3px);
        padding-left: var(--uui-size-2,6px);
      }

      :host(:first-child) {
        margin-top: 6px;
      }
      :host(:last-child) {
        margin-bottom: 6px;
      }

      :host([selected]):host([active])::after {
        display: block;
        content: '';
        position: absolute;
        inset: 0px;
        outline: var(--uui-color-surface,#fff) solid 2px;
        outline-offset: -4px;
      }
      /*
      :host::before {
        display: block;
        content: '';
        opacity: 0;
        position: absolute;
        inset: 0;
        background-color: var(--uui-color-selected);
      }

      :host(:hover)::before {
        opacity: 0.15;
        border-radius: var(--uui-border-radius);
      } */

      :host(:hover) {
        background-color: var(--uui-color-surface-emphasis,rgb(
    250,
    250,
    250
  ));
        color: var(--uui-color-interactive-emphasis,#3544b1);
      }

      :host([disabled]) {
        cursor: auto;
        color: var(--uui-color-disabled-contrast,#c4c4c4);
        background-color: var(--uui-color-disabled,#f3f3f5);
      }

      :host([disabled]:hover) {
        background-color: var(--uui-color-disabled,#f3f3f5);
      }

      :host([active]) {
        outline-color: var(--uui-color-focus,#3879ff);
      }

      :host([selected]) {
        color: var(--uui-color-selected-contrast,#fff);
        background-color: var(--uui-color-selected,#3544b1);
      }

      :host([selected]:hover) {
        color: var(--uui-color-selected-contrast,#fff);
        background-color: var(--uui-color-selected-emphasis,rgb(
    70,
    86,
    200
  ));
      }
      :host([selected][disabled]) {
        color: var(--uui-color-disabled-contrast,#c4c4c4);
        background-color: var(--uui-color-disabled,#f3f3f5);
      }
    `];Oo([m()],er.prototype,"_disabled",2);Oo([m()],er.prototype,"_displayValue",2);Oo([u({type:String})],er.prototype,"value",1);Oo([u({type:String,attribute:"display-value"})],er.prototype,"displayValue",1);Oo([u({type:Boolean,reflect:!0})],er.prototype,"disabled",1);er=Oo([P("uui-combobox-list-option")],er);class Ti extends le{static{this.SEARCH="search"}static{this.CHANGE="change"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var B$=Object.defineProperty,j$=Object.getOwnPropertyDescriptor,Q0=i=>{throw TypeError(i)},dt=(i,e,t,s)=>{for(var r=s>1?void 0:s?j$(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&B$(e,t,r),r},hm=(i,e,t)=>e.has(i)||Q0("Cannot "+t),F=(i,e,t)=>(hm(i,e,"read from private field"),t?t.call(i):e.get(i)),et=(i,e,t)=>e.has(i)?Q0("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),e_=(i,e,t,s)=>(hm(i,e,"write to private field"),e.set(i,t),t),wu=(i,e,t)=>(hm(i,e,"access private method"),t),Ct,On,Nn,t_,ba,Ju,xu,Eu,Rp,Qu,ec,Mp,ga,Un,Lp,Cu,$u,Np,ku;let Xe=class extends Fi(O,""){constructor(){super(...arguments),et(this,Nn),this.closeLabel="Close",this.disabled=!1,this.hideExpandSymbol=!1,this.readonly=!1,this.placeholder="",et(this,Ct),et(this,On),this._displayValue="",this._search="",this._isPhone=!1,this._isOpen=!1,et(this,ba,()=>{this._isPhone=F(this,On).matches}),et(this,xu,()=>requestAnimationFrame(()=>this._input.focus())),et(this,Eu,()=>requestAnimationFrame(()=>{this.shadowRoot?.activeElement||F(this,Un).call(this)})),et(this,Rp,i=>{i.preventDefault(),i.stopImmediatePropagation(),this.search=i.target.value,this.dispatchEvent(new Ti(Ti.SEARCH)),F(this,ga).call(this)}),et(this,Qu,()=>{this.value&&this.value!==F(this,Ct)?.value&&wu(this,Nn,Ju).call(this)}),et(this,ec,()=>{this.value=F(this,Ct)?.value||"",this.search=this.value?this.search:"",F(this,Un).call(this),this.dispatchEvent(new Ti(Ti.CHANGE))}),et(this,Mp,()=>{this.readonly||(this.open=!this.open)}),et(this,ga,()=>{this.open||this.readonly||(this.open=!0)}),et(this,Un,()=>{this.open&&(this.open=!1,this.search="",this._input.value=this._displayValue,this.dispatchEvent(new Ti(Ti.SEARCH)))}),et(this,Lp,i=>{this.open===!1&&i.code==="Enter"&&(i.preventDefault(),i.stopImmediatePropagation(),F(this,ga).call(this)),(i.code==="ArrowUp"||i.code==="ArrowDown")&&F(this,ga).call(this),i.code==="Escape"&&F(this,Un).call(this)}),et(this,Cu,i=>{i.key&&i.key!=="Enter"||(i.preventDefault(),i.stopImmediatePropagation(),this.value="",this.search="",this._input.value=this._displayValue,this._input.focus(),this.dispatchEvent(new Ti(Ti.SEARCH)),this.dispatchEvent(new Ti(Ti.CHANGE)))}),et(this,$u,()=>c`<uui-input
      slot="trigger"
      id="combobox-input"
      label="combobox-input"
      type="text"
      .value=${this._displayValue}
      .placeholder=${this.placeholder}
      autocomplete="off"
      .disabled=${this.disabled}
      .readonly=${this.readonly}
      popovertarget="combobox-popover"
      @click=${F(this,Mp)}
      @input=${F(this,Rp)}
      @keydown=${F(this,Lp)}>
      <slot name="input-prepend" slot="prepend"></slot>
      ${F(this,Np).call(this)}
      ${this.hideExpandSymbol?w:c`<div id="expand-symbol-wrapper" slot="append">
            <uui-symbol-expand .open=${this._isOpen}></uui-symbol-expand>
          </div>`}
      <slot name="input-append" slot="append"></slot>
    </uui-input>`),et(this,Np,()=>this.disabled||this.readonly?w:c`<uui-button
      id="clear-button"
      @click=${F(this,Cu)}
      @keydown=${F(this,Cu)}
      label="clear"
      slot="append"
      compact
      style="height: 100%;"
      tabindex=${this.value||this.search?"":"-1"}
      class=${this.value||this.search?"visible":""}>
      <uui-icon name="remove" .fallback=${Jf.strings[0]}></uui-icon>
    </uui-button>`),et(this,ku,()=>c`<div id="dropdown">
      <uui-scroll-container tabindex="-1" id="scroll-container">
        <slot @slotchange=${wu(this,Nn,t_)}></slot>
      </uui-scroll-container>
    </div>`)}get value(){return super.value}set value(i){super.value=i,typeof i=="string"&&wu(this,Nn,Ju).call(this)}get search(){return this._search}set search(i){if(this.search===i)return;const e=this._search;this._search=i,this.requestUpdate("search",e)}get open(){return this._isOpen}set open(i){const e=i;this._isOpen=i;const t=this._comboboxPopoverElement;if(t)if(i){const s=this._input.offsetWidth;t.style.setProperty("--popover-width",`${s}px`),t.showPopover()}else t.hidePopover();this.requestUpdate("open",e)}connectedCallback(){super.connectedCallback(),this.addEventListener("blur",F(this,Eu)),this.addEventListener("mousedown",F(this,xu)),e_(this,On,window.matchMedia("(max-width: 600px)")),F(this,ba).call(this),F(this,On).addEventListener("change",F(this,ba)),N(this,"uui-icon"),N(this,"uui-input"),N(this,"uui-button"),N(this,"uui-combobox-list"),N(this,"uui-scroll-container"),N(this,"uui-popover-container"),N(this,"uui-symbol-expand")}disconnectedCallback(){super.disconnectedCallback(),this.removeEventListener("blur",F(this,Eu)),this.removeEventListener("mousedown",F(this,xu)),F(this,On).removeEventListener("change",F(this,ba))}getFormElement(){return this._input}async focus(){await this.updateComplete,this._input.focus()}async blur(){await this.updateComplete,this._input.blur()}async click(){await this.updateComplete,this._input.click()}render(){return this._isPhone&&this.open?c`<div id="phone-wrapper">
        <uui-button label="close" look="primary" @click=${F(this,Un)}>
          ${this.closeLabel}
        </uui-button>
        ${F(this,$u).call(this)} ${F(this,ku).call(this)}
      </div>`:c`
        ${F(this,$u).call(this)}
        <uui-popover-container
          id="combobox-popover"
          popover="manual"
          placement="bottom-end">
          ${F(this,ku).call(this)}
        </uui-popover-container>
      `}};Ct=new WeakMap;On=new WeakMap;Nn=new WeakSet;t_=function(){F(this,Ct)&&(F(this,Ct).removeEventListener(Di.CHANGE,F(this,ec)),F(this,Ct).removeEventListener(Di.INNER_SLOT_CHANGE,F(this,Qu)));const i=this._comboboxListElements?.[0];i&&(e_(this,Ct,i),F(this,Ct).for=this,F(this,Ct).addEventListener(Di.CHANGE,F(this,ec)),F(this,Ct).addEventListener(Di.INNER_SLOT_CHANGE,F(this,Qu))),this.updateComplete.then(()=>{wu(this,Nn,Ju).call(this)})};ba=new WeakMap;Ju=function(){F(this,Ct)&&(F(this,Ct).value=this.value,requestAnimationFrame(()=>this._displayValue=F(this,Ct).displayValue||""))};xu=new WeakMap;Eu=new WeakMap;Rp=new WeakMap;Qu=new WeakMap;ec=new WeakMap;Mp=new WeakMap;ga=new WeakMap;Un=new WeakMap;Lp=new WeakMap;Cu=new WeakMap;$u=new WeakMap;Np=new WeakMap;ku=new WeakMap;Xe.styles=[g`
      :host {
        display: inline-flex;
      }

      #combobox-input {
        width: 100%;
        border-radius: var(--uui-size-1,3px);
      }

      #combobox-popover {
        width: var(--uui-dropdown-width, var(--popover-width, inherit));
      }

      #scroll-container {
        overflow-y: auto;
        width: 100%;
        max-height: var(--uui-combobox-popover-max-height, 500px);
      }
      #expand-symbol-wrapper {
        height: 100%;
        padding-right: var(--uui-size-space-3,9px);
        display: flex;
        justify-content: center;
      }

      #clear-button {
        opacity: 0;
        transition: opacity 80ms;
      }

      :host(:not([disabled]):not([readonly]):focus-within)
        #clear-button.visible,
      :host(:not([disabled]):not([readonly]):hover) #clear-button.visible {
        opacity: 1;
      }

      #dropdown {
        overflow: hidden;
        z-index: -1;
        background-color: var(
          --uui-combobox-popover-background-color,
          var(--uui-color-surface,#fff)
        );
        border: 1px solid var(--uui-color-border,#d8d7d9);
        border-radius: var(--uui-border-radius,3px);
        width: 100%;
        box-sizing: border-box;
        box-shadow: var(--uui-shadow-depth-3,0 10px 20px rgba(0,0,0,0.19) , 0 6px 6px rgba(0,0,0,0.23));
      }

      :host([disabled]) #caret {
        fill: var(--uui-color-disabled-contrast,#c4c4c4);
      }

      #phone-wrapper {
        position: fixed;
        inset: 0;
        display: flex;
        flex-direction: column;
        z-index: 1;
        font-size: 1.1em;
      }

      #phone-wrapper #dropdown {
        display: flex;
      }

      #phone-wrapper #combobox-input {
        height: var(--uui-size-16,48px);
      }

      #phone-wrapper > uui-button {
        height: var(--uui-size-14,42px);
        width: 100%;
      }

      #phone-wrapper #scroll-container {
        max-height: unset;
      }
    `];dt([u({attribute:"value",reflect:!0})],Xe.prototype,"value",1);dt([u({type:String})],Xe.prototype,"search",1);dt([u({type:Boolean})],Xe.prototype,"open",1);dt([u({type:String,attribute:"close-label"})],Xe.prototype,"closeLabel",2);dt([u({type:Boolean,reflect:!0})],Xe.prototype,"disabled",2);dt([u({type:Boolean,reflect:!1,attribute:"hide-expand-symbol"})],Xe.prototype,"hideExpandSymbol",2);dt([u({type:Boolean,reflect:!0})],Xe.prototype,"readonly",2);dt([u()],Xe.prototype,"placeholder",2);dt([K("#combobox-input")],Xe.prototype,"_input",2);dt([K("#combobox-popover")],Xe.prototype,"_comboboxPopoverElement",2);dt([Ts({flatten:!0,selector:"uui-combobox-list"})],Xe.prototype,"_comboboxListElements",2);dt([m()],Xe.prototype,"_displayValue",2);dt([m()],Xe.prototype,"_search",2);dt([m()],Xe.prototype,"_isPhone",2);dt([m()],Xe.prototype,"_isOpen",2);Xe=dt([P("uui-combobox")],Xe);var q$=Object.defineProperty,H$=Object.getOwnPropertyDescriptor,dm=(i,e,t,s)=>{for(var r=s>1?void 0:s?H$(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&q$(e,t,r),r};let Ha=class extends O{constructor(){super(...arguments),this.headline=null,this._headlineSlotHasContent=!1,this._headlineSlotChanged=i=>{this._headlineSlotHasContent=i.target.assignedNodes({flatten:!0}).length>0}}renderHeadline(){return c` <h3
      style=${this._headlineSlotHasContent||this.headline!==null?"":"display: none"}>
      ${this.headline}
      <slot name="headline" @slotchange=${this._headlineSlotChanged}></slot>
    </h3>`}renderContent(){return c`<slot></slot>`}renderActions(){return c`<slot id="actions" name="actions"></slot>`}render(){return c`${this.renderHeadline()} ${this.renderContent()}
    ${this.renderActions()} `}};Ha.styles=[g`
      :host {
        display: block;
        padding: var(--uui-size-10,30px) var(--uui-size-14,42px);
        color: var(--uui-color-text,#060606);
      }

      #actions {
        margin-top: var(--uui-size-8,24px);
        display: flex;
        justify-content: end;
        gap: var(--uui-size-4,12px);
      }
    `];dm([u({type:String})],Ha.prototype,"headline",2);dm([m()],Ha.prototype,"_headlineSlotHasContent",2);Ha=dm([P("uui-dialog-layout")],Ha);var F$=Object.getOwnPropertyDescriptor,W$=(i,e,t,s)=>{for(var r=s>1?void 0:s?F$(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let zp=class extends O{render(){return c`<slot></slot>`}};zp.styles=[g`
      :host {
        position: relative;
        display: block;
        max-width: 580px;
        color: var(--uui-color-text,#060606);

        background-color: var(
          --uui-dialog-background-color,
          var(--uui-color-surface,#fff)
        );

        box-shadow: var(--uui-shadow-depth-5,0 19px 38px rgba(0,0,0,0.30) , 0 15px 12px rgba(0,0,0,0.22));
        border-radius: var(
          --uui-dialog-border-radius,
          calc(var(--uui-border-radius,3px) * 2)
        );
      }
    `];zp=W$([P("uui-dialog")],zp);var G$=Object.defineProperty,Y$=Object.getOwnPropertyDescriptor,i_=(i,e,t,s)=>{for(var r=s>1?void 0:s?Y$(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&G$(e,t,r),r};let tc=class extends O{constructor(){super(...arguments),this.error=!1}render(){return c`<svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 512 512"
      id="upload-icon">
      <path
        d=${this.error?"M254.501 38.16c-120.308 0-217.838 97.53-217.838 217.838 0 120.31 97.53 217.838 217.838 217.838 120.31 0 217.838-97.528 217.838-217.838 0-120.308-97.528-217.838-217.838-217.838zm151.667 217.838c0 29.861-8.711 57.708-23.671 81.209L173.293 128.002c23.499-14.961 51.345-23.67 81.208-23.67 83.629.001 151.667 68.037 151.667 151.666zm-303.332 0c0-29.859 8.71-57.707 23.67-81.204l209.201 209.201c-23.498 14.96-51.346 23.671-81.206 23.671-83.632 0-151.665-68.04-151.665-151.668z":"M206.491 364.184h99.013V223.676h92.922L255.997 51.111 113.575 223.676h92.916zM85.043 398.311h341.912v62.578H85.043z"} />
    </svg> `}};tc.styles=[g`
      :host {
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
      }

      #upload-icon {
        fill: var(--uui-color-default,#1b264f);
        width: 100px;
        transition: fill 0.3s ease;
        position: relative;
        z-index: 2;
      }

      :host([error]) #upload-icon {
        fill: var(--uui-color-invalid,#c31d4c);
      }
    `];i_([u({type:Boolean,reflect:!0})],tc.prototype,"error",2);tc=i_([P("uui-symbol-file-dropzone")],tc);class Us extends le{static{this.CHANGE="change"}static{this.REJECT="reject"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var K$=Object.defineProperty,X$=Object.getOwnPropertyDescriptor,Uo=(i,e,t,s)=>{for(var r=s>1?void 0:s?X$(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&K$(e,t,r),r};let tr=class extends Hi("",O){constructor(){super(),this._acceptedFileExtensions=[],this._acceptedMimeTypes=[],this._accept="",this.disallowFolderUpload=!1,this.multiple=!1,this.addEventListener("dragenter",this._onDragEnter,!1),this.addEventListener("dragleave",this._onDragLeave,!1),this.addEventListener("dragover",this._onDragOver,!1),this.addEventListener("drop",this._onDrop,!1)}set accept(i){if(i){const t=[],s=[];i.split(",").forEach(r=>{r=r.trim().toLowerCase(),/[a-z]+\/[a-z*]/s.test(r)?t.push(r):s.push(r.replace(/^\./,""))}),this._acceptedMimeTypes=t,this._acceptedFileExtensions=s}else this._acceptedMimeTypes=[],this._acceptedFileExtensions=[];const e=this._accept;this._accept=i,this.requestUpdate("accept",e)}get accept(){return this._accept}browse(){this._input.click()}_shouldProcessFolder(){return!this.disallowFolderUpload&&this.multiple}async _getAllEntries(i){const e=[...i].filter(t=>t?.kind==="file").map(t=>this._getEntry(t)).filter(t=>t!==null);return this._processRootEntries(e)}async _processRootEntries(i){const e=[],t=[],s=[];for(const r of i)if(r.isDirectory)this._shouldProcessFolder()&&e.push(await this._mkdir(r));else{const n=await this._getAsFile(r);this._isAccepted(n)?t.push(n):s.push(n)}return{files:t,folders:e,rejectedFiles:s}}_getEntry(i){let e=null;return"webkitGetAsEntry"in i?e=i.webkitGetAsEntry():"getAsEntry"in i&&(e=i.getAsEntry()),e}async _processEntries(i,e,t){for(const s of i)if(s.isFile){const r=await this._getAsFile(s);this._isAccepted(r)&&t.push(r)}else if(s.isDirectory){const r=await this._mkdir(s);e.push(r)}}async _readAllEntries(i,e,t){return new Promise((s,r)=>{i.readEntries(async n=>{if(!n.length){s();return}await this._processEntries(n,e,t),await this._readAllEntries(i,e,t),s()},r)})}async _mkdir(i){const e=i.createReader(),t=[],s=[];return await this._readAllEntries(e,t,s),{folderName:i.name,folders:t,files:s}}_isAccepted(i){if(this._acceptedFileExtensions.length===0&&this._acceptedMimeTypes.length===0)return!0;const e=i.type.toLowerCase(),t=i.name.split(".").pop();if(t&&this._acceptedFileExtensions.includes(t.toLowerCase()))return!0;for(const s of this._acceptedMimeTypes){if(e===s)return!0;if(s.endsWith("/*")&&e.startsWith(s.replace("*","")))return!0}return!1}async _getAsFile(i){return new Promise((e,t)=>i.file(e,t))}async _onDrop(i){i.preventDefault(),this._dropzone.classList.remove("hover");const e=i.dataTransfer?.items;if(e){const t=await this._getAllEntries(e);if(this.multiple===!1&&t.files.length&&(t.files=[t.files[0]],t.folders=[],t.rejectedFiles=[]),t.rejectedFiles.length>0&&this.dispatchEvent(new Us(Us.REJECT,{detail:{files:t.rejectedFiles,folders:[]}})),!t.files.length&&!t.folders.length)return;this.dispatchEvent(new Us(Us.CHANGE,{detail:{files:t.files,folders:t.folders}}))}}_onDragOver(i){i.preventDefault()}_onDragEnter(i){this._dropzone.classList.add("hover"),i.preventDefault()}_onDragLeave(i){this._dropzone.classList.remove("hover"),i.preventDefault()}_onFileInputChange(){const i=this._input.files?Array.from(this._input.files):[];this.multiple===!1&&i.length>1&&i.splice(1,i.length-1);const e=i.filter(r=>this._isAccepted(r)),t=i.filter(r=>!this._isAccepted(r));t.length>0&&(this.multiple||e.length===0)&&this.dispatchEvent(new Us(Us.REJECT,{detail:{files:t,folders:[]}})),e.length&&this.dispatchEvent(new Us(Us.CHANGE,{detail:{files:e,folders:[]}}))}render(){return c`
      <div id="dropzone">
        <uui-symbol-file-dropzone id="symbol"></uui-symbol-file-dropzone>
        ${this.renderLabel()}
        <input
          @click=${i=>i.stopImmediatePropagation()}
          id="input"
          type="file"
          accept=${this.accept}
          ?multiple=${this.multiple}
          @change=${this._onFileInputChange}
          aria-label="${this.label}" />
        <slot></slot>
      </div>
    `}};tr.styles=[g`
      #dropzone {
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        position: relative;
        box-sizing: border-box;
        width: 100%;
        height: 100%;
        padding: var(--uui-size-4,12px);
        border: 3px solid transparent;
        margin: -3px;
        backdrop-filter: blur(2px);
      }
      #dropzone.hover {
        border-color: var(--uui-color-default,#1b264f);
      }
      #dropzone.hover::before {
        content: '';
        position: absolute;
        inset: 0;
        opacity: 0.2;
        border-color: var(--uui-color-default,#1b264f);
        background-color: var(--uui-color-default,#1b264f);
      }
      #symbol {
        color: var(--uui-color-default,#1b264f);
        max-width: 100%;
        max-height: 100%;
      }
      #input {
        position: absolute;
        width: 0px;
        height: 0px;
        opacity: 0;
        display: none;
      }
    `];Uo([K("#input")],tr.prototype,"_input",2);Uo([K("#dropzone")],tr.prototype,"_dropzone",2);Uo([u({type:String})],tr.prototype,"accept",1);Uo([u({type:Boolean,reflect:!0,attribute:"disallow-folder-upload"})],tr.prototype,"disallowFolderUpload",2);Uo([u({type:Boolean})],tr.prototype,"multiple",2);tr=Uo([P("uui-file-dropzone")],tr);class Z${static humanFileSize(e,t=!1,s=1){const r=t?1e3:1024;if(Math.abs(e)<r)return e+" B";const n=t?["kB","MB","GB","TB","PB","EB","ZB","YB"]:["KiB","MiB","GiB","TiB","PiB","EiB","ZiB","YiB"];let o=-1;const a=10**s;do e/=r,++o;while(Math.round(Math.abs(e)*a)/a>=r&&o<n.length-1);return e.toFixed(s)+" "+n[o]}}var J$=Object.defineProperty,Q$=Object.getOwnPropertyDescriptor,Yi=(i,e,t,s)=>{for(var r=s>1?void 0:s?Q$(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&J$(e,t,r),r};let Zt=class extends O{constructor(){super(...arguments),this._name="",this._url="",this._extension="",this._src="",this._size=0,this._isDirectory=!1}get file(){return this._file}set file(i){const e=this._file;i instanceof File&&(this._name=i.name.split(".")[0],this._extension=i.name.split(".")[1],this._isDirectory=!1,this._size=i.size,this._isFileAnImage(i)&&(this._isImage=!0,this._getThumbnail(i).then(t=>{this._src=t})),this.requestUpdate("file",e))}connectedCallback(){super.connectedCallback(),N(this,"uui-symbol-file-thumbnail"),N(this,"uui-symbol-folder"),N(this,"uui-symbol-file")}_openSource(){window.open(this._url,"_blank")}_fileTypeTemplate(){return this._isDirectory?c`<uui-symbol-folder id="file-symbol"></uui-symbol-folder>`:this._isImage?c`<uui-symbol-file-thumbnail
        .src=${this._src}
        .alt=${this._name}
        id="file-symbol"></uui-symbol-file-thumbnail>`:c`<uui-symbol-file
      id="file-symbol"
      .type=${this._extension}></uui-symbol-file>`}_renderLongName(){const e=this._name.substring(0,this._name.length-6),t=this._name.substring(this._name.length-6,this._name.length);return c`
      <span
        id="file-name"
        class=${this._url?"has-source":""}
        @click=${()=>this._url?this._openSource():""}
        @keydown=${()=>""}>
        <span id="file-name-start">${e}</span>
        <span id="file-name-end">${t}</span>
      </span>
    `}_isFileAnImage(i){return i?i.type.split("/")[0]==="image":!1}async _getThumbnail(i){return await new Promise(e=>{const t=new FileReader;t.readAsDataURL(i),t.onload=()=>{e(t.result)}})}render(){return c`
      <slot id="actions" name="actions"></slot>
      ${this._fileTypeTemplate()}
      <div id="file-info">
        ${this._renderLongName()}
        <span id="file-size">
          ${this._size&&!this._isDirectory?c`${Z$.humanFileSize(this._size,!0)}`:""}
        </span>
      </div>
    `}};Zt.styles=[g`
      :host {
        position: relative;
        display: grid;
        /* These have to be changed together */
        grid-template-rows: 100px 50px;
        width: 150px;
        height: 150px;
        /* --------------------------------- */
        box-sizing: border-box;
        aspect-ratio: 1;
        color: var(--uui-color-text,#060606);
      }

      :host(:hover) slot[name='actions']::slotted(*) {
        opacity: 1;
      }

      slot[name='actions']::slotted(*) {
        position: absolute;
        top: 8px;
        right: 8px;
        max-width: 100%;
        height: 32px;
        font-size: 13px;
        opacity: 0;
        z-index: 1;
        transition: opacity 150ms;
      }

      #file-symbol {
        aspect-ratio: 1 / 1;
        margin: auto;
        max-width: 100%;
        max-height: 100%;
      }

      #file-info {
        min-width: 0;
        display: flex;
        text-align: center;
        flex-direction: column;
        font-size: 1rem;
      }

      #file-name {
        display: flex;
        justify-content: center;
      }

      #file-name-start {
        overflow: hidden;
        white-space: nowrap;
        text-overflow: ellipsis;
      }

      #file-name-end {
        white-space: nowrap;
      }

      #file-size {
        opacity: 0.6;
      }

      .has-source:hover {
        text-decoration: underline;
        cursor: pointer;
      }
    `];Yi([m()],Zt.prototype,"_name",2);Yi([m()],Zt.prototype,"_url",2);Yi([m()],Zt.prototype,"_extension",2);Yi([m()],Zt.prototype,"_src",2);Yi([m()],Zt.prototype,"_size",2);Yi([m()],Zt.prototype,"_isDirectory",2);Yi([m()],Zt.prototype,"_file",2);Yi([m()],Zt.prototype,"_isImage",2);Yi([u({attribute:!1})],Zt.prototype,"file",1);Zt=Yi([P("uui-file-preview")],Zt);var ek=Object.defineProperty,tk=Object.getOwnPropertyDescriptor,mh=(i,e,t,s)=>{for(var r=s>1?void 0:s?tk(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&ek(e,t,r),r};let ro=class extends O{constructor(){super(...arguments),this.description=null,this._labelSlotHasContent=!1,this._labelSlotChanged=i=>{this._labelSlotHasContent=i.target.assignedNodes({flatten:!0}).length>0},this._descriptionSlotHasContent=!1,this._descriptionSlotChanged=i=>{this._descriptionSlotHasContent=i.target.assignedNodes({flatten:!0}).length>0}}connectedCallback(){super.connectedCallback(),N(this,"uui-form-validation-message")}render(){return c`
      <div id="label" style=${this._labelSlotHasContent?"":"display: none"}>
        <slot name="label" @slotchange=${this._labelSlotChanged}></slot>
      </div>
      <div
        id="description"
        style=${this._descriptionSlotHasContent||this.description!==null?"":"display: none"}>
        ${this.description}
        <slot
          name="description"
          @slotchange=${this._descriptionSlotChanged}></slot>
      </div>
      <uui-form-validation-message>
        <slot></slot>
        <slot name="message" slot="message"></slot>
      </uui-form-validation-message>
    `}};ro.styles=[g`
      :host {
        position: relative;
        display: block;
        margin-top: var(--uui-size-space-5,18px);
        margin-bottom: var(--uui-size-space-5,18px);
      }
      #label {
        margin-top: -5px;
        margin-bottom: 5px;
      }
      #description {
        color: var(--uui-color-disabled-contrast,#c4c4c4);
        font-size: var(--uui-type-small-size,12px);
      }
      #label + #description {
        margin-top: -8px;
        min-height: 8px;
      }
    `];mh([u({type:String})],ro.prototype,"description",2);mh([m()],ro.prototype,"_labelSlotHasContent",2);mh([m()],ro.prototype,"_descriptionSlotHasContent",2);ro=mh([P("uui-form-layout-item")],ro);let Fa=class extends Po{constructor(e){if(super(e),this.it=w,e.type!==ci.CHILD)throw Error(this.constructor.directiveName+"() can only be used in child bindings")}render(e){if(e===w||e==null)return this._t=void 0,this.it=e;if(e===ot)return e;if(typeof e!="string")throw Error(this.constructor.directiveName+"() called with a non-string value");if(e===this.it)return this._t;this.it=e;const t=[e];return t.raw=t,this._t={_$litType$:this.constructor.resultType,strings:t,values:[]}}};Fa.directiveName="unsafeHTML",Fa.resultType=1;const Ni=Ps(Fa);var ik=Object.defineProperty,sk=Object.getOwnPropertyDescriptor,s_=(i,e,t,s)=>{for(var r=s>1?void 0:s?sk(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&ik(e,t,r),r};let ic=class extends O{constructor(){super(),this._for=null,this._messages=new Map,this._onControlInvalid=i=>{const e=i.composedPath()[0];e.pristine===!1?this._messages.set(e,e.validationMessage):this._messages.delete(e),this.requestUpdate("_messages")},this._onControlValid=i=>{const e=i.composedPath()[0];this._messages.delete(e),this.requestUpdate("_messages")},this.for===null&&(this.for=this)}get for(){return this._for}set for(i){let e=null;typeof i=="string"?e=this.getRootNode()?.getElementById(i):i instanceof HTMLElement&&(e=i);const t=e??this,s=this._for;s!==t&&(s!==null&&(s.removeEventListener(Xl.INVALID,this._onControlInvalid),s.removeEventListener(Xl.VALID,this._onControlValid)),this._for=t,this._for.addEventListener(Xl.INVALID,this._onControlInvalid),this._for.addEventListener(Xl.VALID,this._onControlValid))}render(){return c`
      <slot></slot>
      <div id="messages">
        ${he(this._messages,i=>c`<div>${Ni(i[1])}</div>`)}
        <slot name="message"></slot>
      </div>
    `}};ic.styles=[g`
      #messages {
        color: var(--uui-color-invalid-standalone,rgb(
    174,
    30,
    71
  ));
      }
    `];s_([u({reflect:!1,attribute:!0})],ic.prototype,"for",1);ic=s_([P("uui-form-validation-message")],ic);var rk=Object.getOwnPropertyDescriptor,nk=(i,e,t,s)=>{for(var r=s>1?void 0:s?rk(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let Qg=class extends O{constructor(){super(...arguments),this._formElement=null}getFormElement(){return this._formElement}_onSlotChanged(i){this._formElement&&(this._formElement.removeEventListener("submit",this._onSubmit),this._formElement.removeEventListener("reset",this._onReset));const e=i.target.assignedNodes({flatten:!0}).filter(t=>t instanceof HTMLFormElement);this._formElement=e.length>0?e[0]:null,this._formElement&&(this._formElement.setAttribute("novalidate",""),this._formElement.addEventListener("submit",this._onSubmit),this._formElement.addEventListener("reset",this._onReset))}_onSubmit(i){if(i.target===null)return;const e=i.target;if(!e.checkValidity()){e.setAttribute("submit-invalid","");return}e.removeAttribute("submit-invalid")}_onReset(i){i.target!==null&&i.target.removeAttribute("submit-invalid")}render(){return c`<slot @slotchange=${this._onSlotChanged}></slot>`}};Qg=nk([P("uui-form")],Qg);class ir extends le{constructor(e,t={}){super(e,{bubbles:!0,composed:!0,...t}),this.icon=null}static{this.ICON_REQUEST="icon-request"}acceptRequest(e){this.icon=e,this.stopImmediatePropagation()}}var ok=Object.defineProperty,ak=Object.getOwnPropertyDescriptor,hn=(i,e,t,s)=>{for(var r=s>1?void 0:s?ak(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&ok(e,t,r),r};let ws=class extends O{constructor(){super(...arguments),this._name=null,this._retrievedNameIcon=!1,this._nameSvg=null,this.label="",this.svg=null,this.fallback=null,this._useFallback=!1}get name(){return this._name}set name(i){this._name=i,this.shadowRoot&&this.requestIcon()}requestIcon(){if(this._name!==""&&this._name!==null){const i=new ir(ir.ICON_REQUEST,{detail:{iconName:this._name}});this.dispatchEvent(i),i.icon!==null?(this._retrievedNameIcon=!0,i.icon.then(e=>{this._useFallback=!1,this._nameSvg=e})):(this._retrievedNameIcon=!1,this._useFallback=!0)}}connectedCallback(){super.connectedCallback(),this._retrievedNameIcon===!1&&this.requestIcon()}disconnectedCallback(){this._retrievedNameIcon=!1}firstUpdated(){this._retrievedNameIcon===!1&&this.requestIcon(),typeof this.label=="string"&&this.label.length>0?(this.setAttribute("role","img"),this.setAttribute("aria-label",this.label),this.removeAttribute("aria-hidden")):(this.removeAttribute("role"),this.removeAttribute("aria-label"),this.setAttribute("aria-hidden","true"))}render(){return this._useFallback===!0?this.fallback===null?c`<slot name="fallback"></slot>`:c`${Ni(this.fallback)}`:this._nameSvg!==null?c`${Ni(this._nameSvg)}`:this.svg!==null?c`${Ni(this.svg)}`:c`<slot></slot>`}};ws.styles=[g`
      :host {
        vertical-align: text-bottom;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        width: 1.125em;
        height: 1.125em;
      }

      :host svg,
      ::slotted(svg) {
        color: var(
          --uui-icon-color-overwrite,
          var(--uui-icon-color, currentColor)
        );
        width: 100%;
      }

      :host-context(div[slot='prepend']) {
        margin-left: var(--uui-size-2, 6px);
      }

      :host-context(div[slot='append']) {
        margin-right: var(--uui-size-2, 6px);
      }
    `];hn([m()],ws.prototype,"_nameSvg",2);hn([u()],ws.prototype,"label",2);hn([u()],ws.prototype,"name",1);hn([u({attribute:!1})],ws.prototype,"svg",2);hn([u({attribute:!1})],ws.prototype,"fallback",2);hn([m()],ws.prototype,"_useFallback",2);ws=hn([P("uui-icon")],ws);class ev{constructor(e){this.promise=new Promise((t,s)=>{this.resolve=t,this.reject=s}),e&&this.resolve(e)}set svg(e){this.resolve(e)}}class pm{constructor(){this.icons={},this._onIconRequest=e=>{const t=this.getIcon(e.detail.iconName);t!==null&&e.acceptRequest(t)}}attach(e){e.addEventListener(ir.ICON_REQUEST,this._onIconRequest)}detach(e){e.removeEventListener(ir.ICON_REQUEST,this._onIconRequest)}defineIcon(e,t){if(this.icons[e]){this.icons[e].svg=t;return}this.icons[e]=new ev(t)}getIcon(e){return this.icons[e]||this.acceptIcon(e)?this.icons[e].promise:null}provideIcon(e){return this.icons[e]=new ev}acceptIcon(e){return!1}getIconNames(){return Object.keys(this.icons)}}var lk=Object.defineProperty,uk=Object.getOwnPropertyDescriptor,r_=(i,e,t,s)=>{for(var r=s>1?void 0:s?uk(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&lk(e,t,r),r};let sc=class extends O{constructor(){super(),this._icons={},this._registry=new pm,this._registry.attach(this)}get icons(){return this._icons}set icons(i){this._icons=i,this._registry&&Object.entries(this._icons).forEach(([e,t])=>this._registry.defineIcon(e,t))}get registry(){return this._registry}set registry(i){this.registry&&this.registry.detach(this),i.attach(this),this._registry=i}render(){return c`<slot></slot>`}};r_([u({attribute:!1})],sc.prototype,"_icons",2);sc=r_([P("uui-icon-registry")],sc);const ck=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M5 12h14"/><path d="M12 5v14"/></svg>`,hk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3Z" /><path d="M12 9v4" /><path d="M12 17h.01" /></svg>`,dk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="m21.44 11.05-9.19 9.19a6 6 0 0 1-8.49-8.49l8.57-8.57A4 4 0 1 1 18 8.84l-8.59 8.57a2 2 0 0 1-2.83-2.83l8.49-8.48" /></svg>`,pk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><rect width="18" height="18" x="3" y="4" rx="2" ry="2" /><line x1="16" x2="16" y1="2" y2="6" /><line x1="8" x2="8" y1="2" y2="6" /><line x1="3" x2="21" y1="10" y2="10" /><path d="M8 14h.01" /><path d="M12 14h.01" /><path d="M16 14h.01" /><path d="M8 18h.01" /><path d="M12 18h.01" /><path d="M16 18h.01" /></svg>`,fk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><polyline points="20 6 9 17 4 12" /></svg>`,mk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><rect width="8" height="4" x="8" y="2" rx="1" ry="1" /><path d="M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2" /></svg>`,bk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><polyline points="16 18 22 12 16 6" /><polyline points="8 6 2 12 8 18" /></svg>`,gk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="m2 22 1-1h3l9-9" /><path d="M3 21v-3l9-9" /><path d="m15 6 3.4-3.4a2.1 2.1 0 1 1 3 3L18 9l.4.4a2.1 2.1 0 1 1-3 3l-3.8-3.8a2.1 2.1 0 1 1 3-3l.4.4Z" /></svg>`,vk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M15.5 2H8.6c-.4 0-.8.2-1.1.5-.3.3-.5.7-.5 1.1v12.8c0 .4.2.8.5 1.1.3.3.7.5 1.1.5h9.8c.4 0 .8-.2 1.1-.5.3-.3.5-.7.5-1.1V6.5L15.5 2z" /><path d="M3 7.6v12.8c0 .4.2.8.5 1.1.3.3.7.5 1.1.5h9.8" /><path d="M15 2v5h5" /></svg>`,yk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M3 6h18" /><path d="M19 6v14c0 1-1 2-2 2H7c-1 0-2-1-2-2V6" /><path d="M8 6V4c0-1 1-2 2-2h4c1 0 2 1 2 2v2" /><line x1="10" x2="10" y1="11" y2="17" /><line x1="14" x2="14" y1="11" y2="17" /></svg>`,_k=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M14.5 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7.5L14.5 2z" /><polyline points="14 2 14 8 20 8" /></svg>`,wk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4" /><polyline points="7 10 12 15 17 10" /><line x1="12" x2="12" y1="15" y2="3" /></svg>`,xk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M17 3a2.85 2.83 0 1 1 4 4L7.5 20.5 2 22l1.5-5.5Z" /><path d="m15 5 4 4" /></svg>`,Ek=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M19 14c1.49-1.46 3-3.21 3-5.5A5.5 5.5 0 0 0 16.5 3c-1.76 0-3 .5-4.5 2-1.5-1.5-2.74-2-4.5-2A5.5 5.5 0 0 0 2 8.5c0 2.3 1.5 4.05 3 5.5l7 7Z" /></svg>`,Ck=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M20 20a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-7.9a2 2 0 0 1-1.69-.9L9.6 3.9A2 2 0 0 0 7.93 3H4a2 2 0 0 0-2 2v13a2 2 0 0 0 2 2Z" /><path d="M2 10h20" /></svg>`,$k=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><polygon points="7.86 2 16.14 2 22 7.86 22 16.14 16.14 22 7.86 22 2 16.14 2 7.86 7.86 2" /><path d="m15 9-6 6" /><path d="m9 9 6 6" /></svg>`,kk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" ><circle cx="12" cy="12" r="10" /><path d="M12 16v-4" /><path d="M12 8h.01" /></svg>`,Tk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71" /><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71" /></svg>`,Pk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><rect width="18" height="11" x="3" y="11" rx="2" ry="2" /><path d="M7 11V7a5 5 0 0 1 10 0v4" /></svg>`,Sk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><rect width="4" height="16" x="6" y="4" /><rect width="4" height="16" x="14" y="4" /></svg>`,Ak=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><rect width="18" height="18" x="3" y="3" rx="2" ry="2" /><circle cx="9" cy="9" r="2" /><path d="m21 15-3.086-3.086a2 2 0 0 0-2.828 0L6 21" /></svg>`,Ik=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><polygon points="5 3 19 12 5 21 5 3" /></svg>`,Ok=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M18 6 6 18" /><path d="m6 6 12 12" /></svg>`,Uk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><circle cx="11" cy="11" r="8" /><path d="m21 21-4.3-4.3" /></svg>`,Dk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M2 12s3-7 10-7 10 7 10 7-3 7-10 7-10-7-10-7Z" /><circle cx="12" cy="12" r="3" /></svg>`,Rk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M12.22 2h-.44a2 2 0 0 0-2 2v.18a2 2 0 0 1-1 1.73l-.43.25a2 2 0 0 1-2 0l-.15-.08a2 2 0 0 0-2.73.73l-.22.38a2 2 0 0 0 .73 2.73l.15.1a2 2 0 0 1 1 1.72v.51a2 2 0 0 1-1 1.74l-.15.09a2 2 0 0 0-.73 2.73l.22.38a2 2 0 0 0 2.73.73l.15-.08a2 2 0 0 1 2 0l.43.25a2 2 0 0 1 1 1.73V20a2 2 0 0 0 2 2h.44a2 2 0 0 0 2-2v-.18a2 2 0 0 1 1-1.73l.43-.25a2 2 0 0 1 2 0l.15.08a2 2 0 0 0 2.73-.73l.22-.39a2 2 0 0 0-.73-2.73l-.15-.08a2 2 0 0 1-1-1.74v-.5a2 2 0 0 1 1-1.74l.15-.09a2 2 0 0 0 .73-2.73l-.22-.38a2 2 0 0 0-2.73-.73l-.15.08a2 2 0 0 1-2 0l-.43-.25a2 2 0 0 1-1-1.73V4a2 2 0 0 0-2-2z" /><circle cx="12" cy="12" r="3" /></svg>`,Mk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M5 12h14" /></svg>`,Lk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M3 12a9 9 0 0 1 9-9 9.75 9.75 0 0 1 6.74 2.74L21 8" /><path d="M21 3v5h-5" /><path d="M21 12a9 9 0 0 1-9 9 9.75 9.75 0 0 1-6.74-2.74L3 16" /><path d="M8 16H3v5" /></svg>`,Nk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><rect width="18" height="11" x="3" y="11" rx="2" ry="2" /><path d="M7 11V7a5 5 0 0 1 9.9-1" /></svg>`,zk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M9.88 9.88a3 3 0 1 0 4.24 4.24" /><path d="M10.73 5.08A10.43 10.43 0 0 1 12 5c7 0 10 7 10 7a13.16 13.16 0 0 1-1.67 2.68" /><path d="M6.61 6.61A13.526 13.526 0 0 0 2 12s3 7 10 7a9.74 9.74 0 0 0 5.39-1.61" /><line x1="2" x2="22" y1="2" y2="22" /></svg>`,Vk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M15 4V2" /><path d="M15 16v-2" /><path d="M8 9h2" /><path d="M20 9h2" /><path d="M17.8 11.8 19 13" /><path d="M15 9h0" /><path d="M17.8 6.2 19 5" /><path d="m3 21 9-9" /><path d="M12.2 6.2 11 5" /></svg>`,Bk=U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><circle cx="12" cy="12" r="10" /><path d="m15 9-6 6" /><path d="m9 9 6 6" /></svg>`;class jk extends pm{constructor(){super(),this.defineIcon("add",ck.strings[0]),this.defineIcon("alert",hk.strings[0]),this.defineIcon("attachment",dk.strings[0]),this.defineIcon("calendar",pk.strings[0]),this.defineIcon("check",fk.strings[0]),this.defineIcon("clipboard",mk.strings[0]),this.defineIcon("code",bk.strings[0]),this.defineIcon("colorpicker",gk.strings[0]),this.defineIcon("copy",vk.strings[0]),this.defineIcon("delete",yk.strings[0]),this.defineIcon("document",_k.strings[0]),this.defineIcon("download",wk.strings[0]),this.defineIcon("edit",xk.strings[0]),this.defineIcon("favorite",Ek.strings[0]),this.defineIcon("folder",Ck.strings[0]),this.defineIcon("forbidden",$k.strings[0]),this.defineIcon("info",kk.strings[0]),this.defineIcon("link",Tk.strings[0]),this.defineIcon("lock",Pk.strings[0]),this.defineIcon("pause",Sk.strings[0]),this.defineIcon("picture",Ak.strings[0]),this.defineIcon("play",Ik.strings[0]),this.defineIcon("remove",Ok.strings[0]),this.defineIcon("search",Uk.strings[0]),this.defineIcon("see",Dk.strings[0]),this.defineIcon("settings",Rk.strings[0]),this.defineIcon("subtract",Mk.strings[0]),this.defineIcon("sync",Lk.strings[0]),this.defineIcon("unlock",Nk.strings[0]),this.defineIcon("unsee",zk.strings[0]),this.defineIcon("wand",Vk.strings[0]),this.defineIcon("wrong",Bk.strings[0])}}var qk=Object.getOwnPropertyDescriptor,Hk=(i,e,t,s)=>{for(var r=s>1?void 0:s?qk(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let tv=class extends sc{constructor(){super(),this.registry=new jk}};tv=Hk([P("uui-icon-registry-essential")],tv);var Fk=Object.defineProperty,Wk=Object.getOwnPropertyDescriptor,Do=(i,e,t,s)=>{for(var r=s>1?void 0:s?Wk(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&Fk(e,t,r),r};let sr=class extends Fi(O){constructor(){super(),this.accept="",this.multiple=!1,this._files=[],this._updateFileWrappers=i=>{let e=[];for(const t of i)this.multiple?e.push(t):e=[t];this._files=e},this.addEventListener("dragenter",()=>this._setShowDropzone(!0)),this.addEventListener("dragleave",()=>this._setShowDropzone(!1)),this.addEventListener("drop",()=>this._setShowDropzone(!1))}get value(){return super.value}set value(i){if(super.value=i,i instanceof FormData){const e=this.multiple?i.getAll(this.name):[i.get(this.name)];this._updateFileWrappers(e);return}if(i instanceof File){this._updateFileWrappers([i]);return}}connectedCallback(){super.connectedCallback(),N(this,"uui-icon"),N(this,"uui-file-dropzone"),N(this,"uui-button"),N(this,"uui-action-bar"),N(this,"uui-file-preview")}getFormElement(){return this._dropZone}async blur(){await this.updateComplete,this._dropzone.blur()}async focus(){await this.updateComplete,this._dropzone.focus()}async click(){await this.updateComplete,this._dropzone.browse()}_handleClick(i){i.stopImmediatePropagation(),this._dropzone.browse()}async _handleFilesChange(i){const t=i.detail.files.filter(r=>r instanceof File||r.isFile);if(!this.multiple){const r=t[0],o=r instanceof File?r:await this._getFile(r);if(this.value instanceof File){this.value=o;return}if(this.value instanceof FormData){this.value.delete(this.name),this.value.append(this.name,o),this._updateFileWrappers([o]);return}}let s=this.value;if(t.length>0&&!(this.value instanceof FormData)&&(s=new FormData),s instanceof FormData)for(const r of t){const n=r instanceof File;s.append(this.name,n?r:await this._getFile(r))}this.value=s}async _getFile(i){return await new Promise((e,t)=>i.file(e,t))}_removeFile(i){const e=this._files[i];if(this.value instanceof FormData){const s=this.value.getAll(this.name).filter(r=>r!==e);if(s.length===0)this.value="";else{this.value.delete(this.name);for(const r of s)this.value.append(this.name,r)}this._updateFileWrappers(s)}this.value instanceof File&&(this.value="",this._updateFileWrappers([]))}_setShowDropzone(i){i?this._dropZone.style.display="flex":this._dropZone.style.display="none"}_renderFileItem(i,e){return c`<uui-file-preview .file="${i}">
      <uui-action-bar slot="actions">
        <uui-button
          @click=${()=>this._removeFile(e)}
          color="danger"
          label=${`Delete ${i.name}`}>
          <uui-icon name="delete" .fallback=${Y2.strings[0]}></uui-icon>
        </uui-button>
      </uui-action-bar>
    </uui-file-preview>`}_renderFiles(){return c`${he(this._files,i=>i.name+i.size,(i,e)=>this._renderFileItem(i,e))}`}render(){return c`
      <uui-file-dropzone
        id="dropzone"
        ?multiple=${this.multiple}
        .accept=${this.accept}
        @change=${this._handleFilesChange}
        label="Drop files here"></uui-file-dropzone>
      <div id="files">
        ${this._renderFiles()}
        ${this._files.length===0||this.multiple?c`<uui-button
              @click=${this._handleClick}
              id="add-button"
              look="placeholder"
              label="Add"></uui-button>`:w}
      </div>
    `}};sr.styles=[g`
      :host {
        width: 100%;
        height: 100%;
        position: relative;
        display: flex;
        box-sizing: border-box;
        border: 1px solid var(--uui-color-border,#d8d7d9);
      }

      #input {
        position: absolute;
        width: 0px;
        height: 0px;
        opacity: 0;
        display: none;
      }

      #files {
        display: grid;
        box-sizing: border-box;
        justify-items: center;
        width: 100%;
        grid-template-columns: repeat(auto-fill, minmax(150px, 1fr));
        grid-auto-rows: min-content;
        gap: 16px;
        padding: 16px;
        overflow: auto;
        max-height: 100%;
      }

      #dropzone {
        display: none;
        position: absolute;
        inset: 0px;
        z-index: 10;
        justify-content: center;
        align-items: center;
      }

      #add-button {
        width: 150px;
        height: 150px;
        display: flex;
        padding: 16px;
        box-sizing: border-box;
        justify-content: center;
        align-items: stretch;
      }
    `];Do([K("#dropzone")],sr.prototype,"_dropzone",2);Do([K("#dropzone")],sr.prototype,"_dropZone",2);Do([u({type:String})],sr.prototype,"accept",2);Do([u({type:Boolean})],sr.prototype,"multiple",2);Do([m()],sr.prototype,"_files",2);sr=Do([P("uui-input-file")],sr);class zn extends le{static{this.CHANGE="change"}static{this.INPUT="input"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var Gk=Object.defineProperty,Yk=Object.getOwnPropertyDescriptor,n_=i=>{throw TypeError(i)},Je=(i,e,t,s)=>{for(var r=s>1?void 0:s?Yk(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&Gk(e,t,r),r},Kk=(i,e,t)=>e.has(i)||n_("Cannot "+t),Xk=(i,e,t)=>e.has(i)?n_("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),Zk=(i,e,t)=>(Kk(i,e,"access private method"),t),Vp,o_;let de=class extends Fi(Hi("",O),""){constructor(){super(),Xk(this,Vp),this.minlengthMessage=i=>`${i} characters left`,this.maxlengthMessage=(i,e)=>`Maximum ${i} characters, ${e-i} too many.`,this.disabled=!1,this.readonly=!1,this.placeholder="",this.autoWidth=!1,this.inputMode="text",this.tabIndex=0,this._type="text",this.addEventListener("mousedown",()=>{this.style.setProperty("--uui-show-focus-outline","0")}),this.addEventListener("blur",()=>{this.style.setProperty("--uui-show-focus-outline","")}),this.addEventListener("keydown",Zk(this,Vp,o_)),this.addValidator("tooShort",()=>{const i=this.minlengthMessage;return typeof i=="function"?i(this.minlength?this.minlength-String(this.value).length:0):i},()=>!!this.minlength&&String(this.value).length<this.minlength),this.addValidator("tooLong",()=>{const i=this.maxlengthMessage;return typeof i=="function"?i(this.maxlength??0,String(this.value).length):i},()=>!!this.maxlength&&String(this.value).length>this.maxlength),this.updateComplete.then(()=>{this.addFormControlElement(this._input)})}get type(){return this._type}set type(i){this._type=i}async blur(){await this.updateComplete,this._input.blur()}async focus(){await this.updateComplete,this._input.focus()}async select(){await this.updateComplete,this._input.select()}getFormElement(){return this.shadowRoot?.querySelector("input")}onInput(i){i.stopPropagation(),this.value=i.target.value,this.dispatchEvent(new zn(zn.INPUT))}onChange(i){i.stopPropagation(),this.pristine=!1,this.dispatchEvent(new zn(zn.CHANGE))}renderPrepend(){return c`<slot name="prepend"></slot>`}renderAppend(){return c`<slot name="append"></slot>`}render(){return c`
      ${this.renderPrepend()}
      ${this.autoWidth?this.renderInputWithAutoWidth():this.renderInput()}
      ${this.renderAppend()}
    `}renderInputWithAutoWidth(){return c`<div id="autoWidth">
      ${this.renderInput()}${this.renderAutoWidthBackground()}
    </div>`}renderInput(){return c`<input
      id="input"
      size=${S(this.autoWidth?"1":void 0)}
      .type=${this.type}
      .value=${this.value}
      .name=${this.name}
      pattern=${S(this.pattern)}
      min=${S(this.min)}
      max=${S(this.max)}
      step=${S(this.step)}
      spellcheck=${this.spellcheck}
      autocomplete=${S(this.autocomplete)}
      placeholder=${S(this.placeholder)}
      aria-label=${S(this.getAttribute("aria-label")||this.label||void 0)}
      aria-labelledby=${S(this.getAttribute("aria-labelledby")||void 0)}
      inputmode=${S(this.inputMode)}
      ?disabled=${this.disabled}
      ?autofocus=${this.autofocus}
      ?required=${this.required}
      ?readonly=${this.readonly}
      tabindex=${S(this.tabIndex)}
      @input=${this.onInput}
      @change=${this.onChange} />`}renderAutoWidthBackground(){return c` <div id="auto" aria-hidden="true">${this.renderText()}</div>`}renderText(){return c`${this.value.length>0?this.value:this.placeholder}`}};Vp=new WeakSet;o_=function(i){this.type!=="color"&&i.key=="Enter"&&this.submit()};de.formAssociated=!0;de.styles=[g`
      :host {
        position: relative;
        display: inline-flex;
        align-items: stretch;
        height: var(--uui-input-height, var(--uui-size-11,33px));
        text-align: left;
        color: var(--uui-color-text,#060606);
        color-scheme: var(--uui-color-scheme, normal);
        box-sizing: border-box;
        background-color: var(
          --uui-input-background-color,
          var(--uui-color-surface,#fff)
        );
        border: var(--uui-input-border-width, 1px) solid
          var(--uui-input-border-color, var(--uui-color-border,#d8d7d9));
        border-radius: var(--uui-border-radius,3px);
        min-width: 0;

        --uui-input-padding: 1px var(--uui-size-space-3,9px);
        --uui-button-height: 100%;
        --auto-width-text-margin-right: 0;
        --auto-width-text-margin-left: 0;
      }

      #autoWidth {
        position: relative;
        display: flex;
        flex-direction: column;
        align-items: stretch;
        justify-content: center;
        flex-grow: 1;
        flex-shrink: 1;
        min-width: 0;
      }

      #auto {
        border: 0 1px solid transparent;
        visibility: hidden;
        white-space: pre;
        z-index: -1;
        height: 0px;
        padding: 0 var(--uui-size-space-3,9px);
        margin: 0 var(--auto-width-text-margin-right) 0
          var(--auto-width-text-margin-left);
      }

      :host(:hover) {
        border-color: var(
          --uui-input-border-color-hover,
          var(--uui-color-border-standalone,#c2c2c2)
        );
      }
      /* TODO: Fix so we dont get double outline when there is focus on things in the slot. */
      :host(:focus-within) {
        border-color: var(
          --uui-input-border-color-focus,
          var(--uui-color-border-emphasis,#a1a1a1)
        );
        outline: calc(2px * var(--uui-show-focus-outline, 1)) solid
          var(--uui-color-focus,#3879ff);
      }
      :host(:focus) {
        border-color: var(
          --uui-input-border-color-focus,
          var(--uui-color-border-emphasis,#a1a1a1)
        );
      }
      :host([disabled]) {
        background-color: var(
          --uui-input-background-color-disabled,
          var(--uui-color-disabled,#f3f3f5)
        );
        border-color: var(
          --uui-input-border-color-disabled,
          var(--uui-color-disabled,#f3f3f5)
        );

        color: var(--uui-color-disabled-contrast,#c4c4c4);
      }
      :host([disabled]) input {
        -webkit-text-fill-color: var(
          --uui-color-disabled-contrast,#c4c4c4
        ); /* required on Safari and IOS */
      }
      :host([readonly]) {
        background-color: var(
          --uui-input-background-color-readonly,
          var(--uui-color-disabled,#f3f3f5)
        );
        border-color: var(
          --uui-input-border-color-readonly,
          var(--uui-color-disabled-standalone,rgb(
    226,
    226,
    226
  ))
        );
      }

      :host(:not([pristine]):invalid),
      /* polyfill support */
      :host(:not([pristine])[internals-invalid]) {
        border-color: var(--uui-color-invalid,#c31d4c);
      }

      input {
        font-family: inherit;
        padding: var(--uui-input-padding);
        font-size: inherit;
        color: inherit;
        border-radius: var(--uui-border-radius,3px);
        box-sizing: border-box;
        border: none;
        background: none;
        min-width: 0;
        flex-grow: 1;
        flex-shrink: 1;
        height: inherit;
        text-align: inherit;
        outline: none;
        text-overflow: ellipsis;
      }

      input[type='password']::-ms-reveal {
        display: none;
      }

      /* TODO: make sure color looks good, or remove it as an option as we want to provide color-picker component */
      input[type='color'] {
        width: 30px;
        padding: 0;
        border: none;
      }

      slot[name='prepend'],
      slot[name='append'] {
        display: flex;
        align-items: center;
        line-height: 1;
        height: 100%;
        min-width: 0;
      }

      ::slotted(uui-input),
      ::slotted(uui-input-lock) {
        height: 100%;
        --uui-input-border-width: 0;
      }
    `];Je([u()],de.prototype,"min",2);Je([u({type:Number})],de.prototype,"minlength",2);Je([u({attribute:"minlength-message"})],de.prototype,"minlengthMessage",2);Je([u()],de.prototype,"max",2);Je([u({type:Number})],de.prototype,"maxlength",2);Je([u({attribute:"maxlength-message"})],de.prototype,"maxlengthMessage",2);Je([u({type:Number})],de.prototype,"step",2);Je([u({type:Boolean,reflect:!0})],de.prototype,"disabled",2);Je([u({type:Boolean,reflect:!0})],de.prototype,"readonly",2);Je([u()],de.prototype,"placeholder",2);Je([u()],de.prototype,"autocomplete",2);Je([u({type:Boolean,reflect:!0,attribute:"auto-width"})],de.prototype,"autoWidth",2);Je([u({type:String})],de.prototype,"type",1);Je([u({attribute:"inputmode"})],de.prototype,"inputMode",2);Je([u({type:String})],de.prototype,"pattern",2);Je([u({type:Number,reflect:!1,attribute:"tabindex"})],de.prototype,"tabIndex",2);Je([K("#input")],de.prototype,"_input",2);de=Je([P("uui-input")],de);class iv extends le{static{this.LOCK_CHANGE="lock-change"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var Jk=Object.defineProperty,Qk=Object.getOwnPropertyDescriptor,a_=i=>{throw TypeError(i)},bh=(i,e,t,s)=>{for(var r=s>1?void 0:s?Qk(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&Jk(e,t,r),r},l_=(i,e,t)=>e.has(i)||a_("Cannot "+t),eT=(i,e,t)=>(l_(i,e,"read from private field"),t?t.call(i):e.get(i)),tT=(i,e,t)=>e.has(i)?a_("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),iT=(i,e,t,s)=>(l_(i,e,"write to private field"),e.set(i,t),t),Tu;let no=class extends de{constructor(){super(),tT(this,Tu,!0),this.unlockLabel="Unlock input",this.lockLabel="Lock input",this.readonly=!0,this.tabIndex=-1}set locked(i){iT(this,Tu,i),this.readonly=i,this.tabIndex=i?-1:0}get locked(){return eT(this,Tu)}connectedCallback(){super.connectedCallback(),N(this,"uui-icon"),N(this,"uui-button")}_onLockToggle(){this.locked=!this.locked,this.pristine=!1,this.dispatchEvent(new iv(iv.LOCK_CHANGE)),this.locked||this._input?.focus()}renderIcon(){return this.locked===!0?c`<uui-icon name="lock" .fallback=${K2.strings[0]}></uui-icon>`:c`<uui-icon
          name="unlock"
          .fallback=${Q2.strings[0]}></uui-icon>`}renderPrepend(){return c`<uui-button
      .disabled=${this.disabled}
      @click=${this._onLockToggle}
      compact
      id="lock"
      label="${this.locked?this.unlockLabel:this.lockLabel}">
      ${this.renderIcon()}
    </uui-button>`}};Tu=new WeakMap;no.styles=[...de.styles,g`
      #lock {
        height: 100%;

        --uui-input-padding: 1px var(--uui-size-space-1,3px);
        --uui-button-padding-left-factor: 0.75;
        --uui-button-padding-right-factor: 0.75;
        font-size: 12px;
      }

      :host([locked]) #input {
        cursor: not-allowed;
        opacity: 0.55;
      }
    `];bh([u({type:Boolean,reflect:!0})],no.prototype,"locked",1);bh([u({type:String,reflect:!1,attribute:"unlock-label"})],no.prototype,"unlockLabel",2);bh([u({type:String,reflect:!1,attribute:"lock-label"})],no.prototype,"lockLabel",2);no=bh([P("uui-input-lock")],no);var sT=Object.defineProperty,rT=Object.getOwnPropertyDescriptor,fm=(i,e,t,s)=>{for(var r=s>1?void 0:s?rT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&sT(e,t,r),r};let Wa=class extends de{constructor(){super(...arguments),this.passwordType="password"}get type(){return this.passwordType}set type(i){this.passwordType=i}_onPasswordToggle(){this.passwordType==="password"?this.passwordType="text":this.passwordType="password"}connectedCallback(){super.connectedCallback(),N(this,"uui-icon"),N(this,"uui-button"),this.hasAttribute("spellcheck")||(this.spellcheck=!1)}renderIcon(){return this.passwordType==="password"?c`<uui-icon name="see" .fallback=${Z2.strings[0]}></uui-icon>`:c`<uui-icon
          name="unsee"
          .fallback=${eC.strings[0]}></uui-icon>`}renderAppend(){return c`<uui-button
      .disabled=${this.disabled}
      @click=${this._onPasswordToggle}
      compact
      label="${this.passwordType==="password"?"Show password":"Hide password"}"
      id="eye">
      ${this.renderIcon()}
    </uui-button>`}};Wa.styles=[...de.styles,g`
      #eye {
        height: 100%;
        margin-left: -6px;
      }

      #clear:hover {
        color: black;
      }
    `];fm([m()],Wa.prototype,"passwordType",2);fm([u()],Wa.prototype,"type",1);Wa=fm([P("uui-input-password")],Wa);var nT=Object.getOwnPropertyDescriptor,oT=(i,e,t,s)=>{for(var r=s>1?void 0:s?nT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let Bp=class extends O{render(){return c`<slot></slot>`}};Bp.styles=[g`
      :host {
        display: inline-block;
        font-family: inherit;
        font-size: var(--uui-size-4,12px);
        color: var(--uui-color-text,#060606);
      }

      ::slotted(*:first-child)uui-key {
        margin-left: 0px;
      }

      ::slotted(*:last-child)uui-key {
        margin-right: 0px;
      }
    `];Bp=oT([P("uui-keyboard-shortcut")],Bp);var aT=Object.getOwnPropertyDescriptor,lT=(i,e,t,s)=>{for(var r=s>1?void 0:s?aT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let jp=class extends O{render(){return c`<slot></slot>`}};jp.styles=[g`
      :host {
        background: var(--uui-color-surface,#fff);
        border: 1px solid var(--uui-color-border,#d8d7d9);
        font-family: inherit;
        font-size: var(--uui-type-small-size,12px);
        color: var(--uui-color-text,#060606);
        border-radius: 5px;
        margin: 0px 5px;
        padding: 5px 7px;
        box-sizing: border-box;
        user-select: none;
        text-transform: lowercase;
      }
    `];jp=lT([P("uui-key")],jp);var uT=Object.defineProperty,cT=Object.getOwnPropertyDescriptor,gh=(i,e,t,s)=>{for(var r=s>1?void 0:s?cT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&uT(e,t,r),r};let oo=class extends O{constructor(){super(),this.disabled=!1,this.for=null,this.required=!1,this.addEventListener("click",this._onClick)}_onClick(){if(this.disabled)return;const i=this.getForElement();i&&(i.focus(),i.click())}getForElement(){return typeof this.for=="string"?this.getRootNode()?.getElementById(this.for)||null:this.for||null}render(){return c`
      <slot></slot>
      ${this.required?c`<div id="required">*</div>`:""}
    `}};oo.styles=[g`
      :host {
        font-weight: 700;
      }
      :host([for]) {
        cursor: pointer;
      }
      :host([disabled]) {
        cursor: default;
      }
      #required {
        display: inline;
        color: var(--uui-color-danger,#c31d4c);
        font-weight: 900;
      }
    `];gh([u({type:Boolean,reflect:!0})],oo.prototype,"disabled",2);gh([u({reflect:!0,attribute:!0})],oo.prototype,"for",2);gh([u({type:Boolean,reflect:!0})],oo.prototype,"required",2);oo=gh([P("uui-label")],oo);var hT=Object.defineProperty,dT=Object.getOwnPropertyDescriptor,mm=(i,e,t,s)=>{for(var r=s>1?void 0:s?dT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&hT(e,t,r),r};let Ga=class extends O{constructor(){super(...arguments),this._progress=0,this._animationDuration=1}get progress(){return this._progress}set progress(i){const e=this._progress;this._progress=re(i,0,100),this.requestUpdate("progress",e)}get animationDuration(){return this._animationDuration}set animationDuration(i){const e=this._animationDuration;this._animationDuration=i>=0?i:1,this.requestUpdate("animationDuration",e)}render(){return c`
      ${this.progress?c`<div
            id="bar"
            style="max-width: ${this.progress.toString()}%;"></div>`:""}
      <div
        id="bar-anim"
        class=${this.progress?"":"animate"}
        style="animation-duration: ${this.animationDuration}s"></div>
      <div id="bar-background"></div>
    `}};Ga.styles=[g`
      :host {
        position: relative;
        display: block;
        width: 100%;
        height: 4px;
        overflow: hidden;
        color: var(--uui-color-default,#1b264f);
      }

      #bar,
      #bar-anim,
      #bar-background {
        position: absolute;
        inset: 0; /* top, left, bottom and right = 0*/
        height: 100%;
      }

      #bar-background,
      #bar {
        background: currentColor;
      }

      #bar {
        transition: max-width 120ms ease;
      }

      #bar-background {
        opacity: 0.3;
      }

      #bar-anim {
        transform: scaleX(0.4);
        animation: bar-loading 1s infinite linear;
        background: linear-gradient(
          -90deg,
          white 0%,
          white 25%,
          transparent 100%
        );
      }

      #bar-anim.animate {
        background: linear-gradient(
          -90deg,
          currentColor 0%,
          currentColor 25%,
          transparent 100%
        );
      }

      @keyframes bar-loading {
        0% {
          transform-origin: -175% 0%;
        }
        100% {
          transform-origin: 175% 0%;
        }
      }
    `];mm([u({type:Number})],Ga.prototype,"progress",1);mm([u({type:Number})],Ga.prototype,"animationDuration",1);Ga=mm([P("uui-loader-bar")],Ga);var pT=Object.defineProperty,fT=Object.getOwnPropertyDescriptor,bm=(i,e,t,s)=>{for(var r=s>1?void 0:s?fT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&pT(e,t,r),r};let Ya=class extends O{constructor(){super(...arguments),this.progress=0,this.showProgress=!1,this._resizeObserver=new ResizeObserver(()=>this.onResize()),this._isLarge=!1}_circleStyle(){return this.progress?{strokeDasharray:`${this.progress} 100`}:{strokeDasharray:"100 100"}}firstUpdated(){this._resizeObserver.observe(this)}disconnectedCallback(){this._resizeObserver.disconnect()}onResize(){const i=this.clientHeight>=30;this._isLarge!=i&&(this._isLarge=i,this.requestUpdate())}renderProgress(){return this._isLarge&&this.progress&&this.showProgress?c`<span id="progress-display">${this.progress}</span>`:""}render(){return c`
      <svg
        id="spinner"
        class=${this.progress?"":"animate"}
        viewBox="0 0 40 40"
        xmlns="http://www.w3.org/2000/svg">
        <circle id="bg" cx="50%" cy="50%" r="16" />
        <g>
          <circle
            id="circle"
            cx="50%"
            cy="50%"
            r="16"
            style=${ys(this._circleStyle())} />
        </g>
      </svg>
      ${this.renderProgress()}
    `}};Ya.styles=[g`
      :host {
        vertical-align: middle;
        line-height: 0;
        overflow: hidden;
        display: inline-flex;
        justify-content: center;
        align-items: center;
        position: relative;
        width: 1em;
        height: 1em;
        color: var(--uui-color-default,#1b264f);
      }

      #spinner {
        width: 100%;
        height: 100%;
      }
      #spinner g {
        transform-origin: 50% 50%;
        animation: 18s linear infinite spinner-animation;
      }
      #spinner.animate g {
        animation: 800ms linear infinite spinner-animation;
      }

      @keyframes spinner-animation {
        0% {
          transform: rotate(0deg);
        }
        100% {
          transform: rotate(360deg);
        }
      }

      #spinner.animate #circle {
        animation: 1400ms ease-in infinite circle-animation;
        /** ease-in */
      }

      @keyframes circle-animation {
        0% {
          stroke-dashoffset: -55;
        }
        38% {
          stroke-dashoffset: -88;
        }
        100% {
          stroke-dashoffset: -55;
        }
      }

      svg circle {
        fill: transparent;
        stroke: currentColor;
        stroke-width: 6px;
      }

      #bg {
        opacity: 0.5;
      }

      #circle {
        stroke-linecap: round;
        stroke-dasharray: 0 0;

        transform-origin: 50% 50%;
        transform: rotate(-90deg);
        transition: stroke-dasharray 120ms ease;
      }

      #progress-display {
        position: absolute;
        left: 0;
        top: 50%;
        right: 0;
        stroke: currentColor;
        transform: translateY(-50%);
        font-size: 0.3em;
        font-weight: 700;
        text-align: center;

        /* Center the text */
        padding-top: 0.09em;
      }
    `];bm([u({type:Number})],Ya.prototype,"progress",2);bm([u({type:Boolean,reflect:!0,attribute:"show-progress"})],Ya.prototype,"showProgress",2);Ya=bm([P("uui-loader-circle")],Ya);var mT=Object.getOwnPropertyDescriptor,bT=(i,e,t,s)=>{for(var r=s>1?void 0:s?mT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let qp=class extends O{render(){return c`
      <div></div>
      <div></div>
      <div></div>
    `}};qp.styles=[g`
      :host {
        color: var(--uui-color-default,#1b264f);
      }

      div {
        display: inline-block;
        width: var(--uui-size-2,6px);
        height: var(--uui-size-2,6px);
        border: 2px solid currentColor;
        border-radius: 100%;
        animation: loaderAnimation 1.4s infinite;
      }

      div:nth-child(1n) {
        animation-delay: 0s;
      }

      div:nth-child(2n) {
        animation-delay: 0.15s;
      }

      div:nth-child(3n) {
        animation-delay: 0.3s;
      }

      @keyframes loaderAnimation {
        0% {
          transform: scale(0.5);
          background-color: currentColor;
        }
        50% {
          transform: scale(1);
          background-color: transparent;
        }
        100% {
          transform: scale(0.5);
          background-color: currentColor;
        }
      }
    `];qp=bT([P("uui-loader")],qp);class Sa extends le{static{this.SHOW_CHILDREN="show-children"}static{this.HIDE_CHILDREN="hide-children"}static{this.CLICK_LABEL="click-label"}}var gT=Object.defineProperty,vT=Object.getOwnPropertyDescriptor,u_=i=>{throw TypeError(i)},ii=(i,e,t,s)=>{for(var r=s>1?void 0:s?vT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&gT(e,t,r),r},yT=(i,e,t)=>e.has(i)||u_("Cannot "+t),_T=(i,e,t)=>e.has(i)?u_("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),Gd=(i,e,t)=>(yT(i,e,"access private method"),t),va,Hp,c_;let $t=class extends ah(ko(Cl(Hi("label",O)))){constructor(){super(...arguments),_T(this,va),this.disabled=!1,this.showChildren=!1,this.hasChildren=!1,this.loading=!1,this.caretLabel="Reveal the underlying items",this.iconSlotHasContent=!1,this._labelButtonChanged=i=>{this.selectableTarget=i||this},this._iconSlotChanged=i=>{this.iconSlotHasContent=i.target.assignedNodes({flatten:!0}).length>0},this._onCaretClicked=()=>{const i=this.showChildren?Sa.HIDE_CHILDREN:Sa.SHOW_CHILDREN,e=new Sa(i,{cancelable:!0});this.dispatchEvent(e),!e.defaultPrevented&&(this.showChildren=!this.showChildren)}}connectedCallback(){super.connectedCallback(),this.hasAttribute("role")||this.setAttribute("role","menu"),N(this,"uui-symbol-expand"),N(this,"uui-loader-bar")}async focus(){await this.updateComplete,this.shadowRoot?.querySelector("#label-button")?.focus?.()}_renderLabelInside(){return c` <slot
        name="icon"
        id="icon"
        style=${this.iconSlotHasContent?"":"display: none;"}
        @slotchange=${this._iconSlotChanged}></slot>
      ${this.renderLabel()}
      <slot name="badge" id="badge"> </slot>`}_renderLabelAsAnchor(){return this.disabled?c` <span id="label-button" ${Fn(this._labelButtonChanged)}>
        ${this._renderLabelInside()}
      </span>`:c` <a
      id="label-button"
      ${Fn(this._labelButtonChanged)}
      href=${S(this.href)}
      target=${S(this.target||void 0)}
      rel=${S(this.rel||S(this.target==="_blank"?"noopener noreferrer":void 0))}
      @click=${Gd(this,va,Hp)}
      ?disabled=${this.disabled}
      aria-label="${this.label}">
      ${this._renderLabelInside()}
    </a>`}_renderLabelAsButton(){return c` <button
      id="label-button"
      ${Fn(this._labelButtonChanged)}
      @click=${Gd(this,va,Hp)}
      ?disabled=${this.disabled}
      aria-label="${this.label}">
      ${this._renderLabelInside()}
    </button>`}render(){return c`
      <div id="menu-item" aria-label="menuitem" role="menuitem">
        <div id="label-button-background"></div>
        ${this.hasChildren?c`<button
              id="caret-button"
              aria-label=${this.caretLabel}
              @click=${this._onCaretClicked}>
              ${Gd(this,va,c_).call(this)}
            </button>`:""}
        ${this.href&&this.selectOnly!==!0&&this.selectable!==!0?this._renderLabelAsAnchor():this._renderLabelAsButton()}

        <slot id="actions-container" name="actions"></slot>
        ${this.loading?c`<uui-loader-bar id="loader"></uui-loader-bar>`:""}
      </div>
      ${this.showChildren?c`<slot></slot>`:""}
    `}};va=new WeakSet;Hp=function(){if(this.selectOnly)return;const i=new Sa(Sa.CLICK_LABEL);this.dispatchEvent(i)};c_=function(){if(this.renderExpandSymbol){const i=this.renderExpandSymbol();if(i)return i}return c`<uui-symbol-expand
      aria-hidden="true"
      ?open=${this.showChildren}></uui-symbol-expand>`};$t.styles=[g`
      :host {
        box-sizing: border-box;
        display: block;
        --uui-menu-item-child-indent: calc(var(--uui-menu-item-indent, 0) + 1);
        user-select: none;
        --flat-structure-reversed: calc(
          1 - var(--uui-menu-item-flat-structure, 0)
        );
      }

      #menu-item {
        position: relative;
        padding-left: calc(var(--uui-menu-item-indent, 0) * var(--uui-size-4,12px));
        display: grid;
        grid-template-columns:
          calc(var(--flat-structure-reversed) * var(--uui-size-8,24px))
          1fr;
        grid-template-rows: 1fr;
        white-space: nowrap;
      }

      /** Not active, not selected, not disabled: */
      :host(:not([active], [selected], [disabled], [select-mode='highlight']))
        #menu-item:has(#label-button:hover)
        #label-button-background {
        background-color: var(
          --uui-menu-item-background-color-hover,
          var(--uui-color-surface-emphasis,rgb(
    250,
    250,
    250
  ))
        );
      }
      :host(:not([active], [selected], [disabled]))
        #menu-item
        #label-button:hover,
      :host(:not([active], [selected])) #menu-item #caret-button:hover {
        color: var(
          --uui-menu-item-color-hover,
          var(--uui-color-interactive-emphasis,#3544b1)
        );
      }

      /** Active */
      :host([active]) #label-button,
      :host([active]) #actions-container,
      :host([active]) #caret-button {
        color: var(
          --uui-menu-item-color-active,
          var(--uui-color-current-contrast,#1b264f)
        );
      }
      :host([active]) #label-button-background {
        background-color: var(
          --uui-menu-item-background-color-active,
          var(--uui-color-current,#f5c1bc)
        );
      }
      :host([active])
        #menu-item:has(#label-button:hover)
        #label-button-background,
      :host([active]) #caret-button:hover {
        background-color: var(
          --uui-menu-item-background-color-active-hover,
          var(--uui-color-current-emphasis,rgb(
    248,
    214,
    211
  ))
        );
      }

      /** Disabled */
      :host([disabled]) #menu-item {
        background-color: var(
          --uui-menu-item-background-color-disabled,
          var(--uui-color-disabled,#f3f3f5)
        );
      }

      /** Selected */
      :host([selected]:not([select-mode='highlight'], [disabled]))
        #label-button,
      :host([selected]:not([select-mode='highlight'], [disabled]))
        #actions-container,
      :host([selected]:not([select-mode='highlight'], [disabled]))
        #caret-button {
        color: var(
          --uui-menu-item-color-selected,
          var(--uui-color-selected-contrast,#fff)
        );
      }
      :host([selected]:not([select-mode='highlight'], [disabled]))
        #label-button-background {
        background-color: var(
          --uui-menu-item-background-color-selected,
          var(--uui-color-selected,#3544b1)
        );
      }
      /** Selected, not highlight mode */
      :host([selected]:not([select-mode='highlight'], [disabled]))
        #menu-item:has(#label-button:hover)
        #label-button-background,
      :host([selected]:not([select-mode='highlight'], [disabled]))
        #caret-button:hover {
        background-color: var(
          --uui-menu-item-background-color-selected-hover,
          var(--uui-color-selected-emphasis,rgb(
    70,
    86,
    200
  ))
        );
      }

      /** highlight mode, default */
      :host([select-mode='highlight']:not([disabled], [active], [selectable]))
        #menu-item:has(#label-button:hover)
        #label-button-background {
        border-radius: var(--uui-border-radius,3px);
        background-color: var(
          --uui-menu-item-background-color-highlight,
          var(--uui-color-surface-emphasis,rgb(
    250,
    250,
    250
  ))
        );
      }

      /** highlight mode, active */
      :host([select-mode='highlight'][active]:not([disabled]))
        #menu-item
        #label-button-background {
        border-radius: var(--uui-border-radius,3px);
      }

      /** highlight mode, active & selected */
      :host([select-mode='highlight'][active][selected]:not([disabled]))
        #menu-item:has(#label-button:hover)
        #label-button-background {
        border-radius: var(--uui-border-radius,3px);
        background-color: var(
          --uui-menu-item-background-color-highlight-active-selected,
          var(--uui-color-current-emphasis,rgb(
    248,
    214,
    211
  ))
        );
      }

      /** highlight mode, selected */
      :host([select-mode='highlight'][selected]:not([disabled]))
        #menu-item
        #label-button,
      :host([select-mode='highlight'][selected]:not([disabled]))
        #menu-item
        #actions-container,
      :host([select-mode='highlight'][selected]:not([disabled]))
        #menu-item
        #caret-button {
        color: var(
          --uui-menu-item-color-highlight-selected,
          var(--uui-color-interactive,#1b264f)
        );
      }
      :host([select-mode='highlight'][selectable][selected]:not([disabled]))
        #menu-item
        #label-button:hover {
        color: var(
          --uui-menu-item-background-color-highlight-selectable-selected,
          var(--uui-color-interactive-emphasis,#3544b1)
        );
      }

      /** highlight mode, selected, selectable caret hover */
      :host([selected][selectable][select-mode='highlight']:not([active]))
        #menu-item
        #caret-button:hover {
        border-radius: var(--uui-border-radius,3px);
        background-color: var(
          --uui-menu-item-background-color-highlight-selectable-selected,
          var(--uui-color-surface-emphasis,rgb(
    250,
    250,
    250
  ))
        );
        color: var(
          --uui-menu-item-color-highlight-selectable-selected,
          var(--uui-color-interactive-emphasis,#3544b1)
        );
      }

      /** Highlight borders */

      :host([select-mode='highlight']:not([disabled]))
        #menu-item
        #label-button-background::after {
        border-radius: var(--uui-border-radius,3px);
        position: absolute;
        content: '';
        inset: 1px;
        border: 2px solid
          var(--uui-menu-item-border-color-highlight, var(--uui-color-selected,#3544b1));
        opacity: 0;
      }

      :host([select-mode='highlight'][selectable][selected]:not([disabled]))
        #menu-item
        #caret-button:hover::after {
        border-top-left-radius: var(--uui-border-radius,3px);
        border-bottom-left-radius: var(--uui-border-radius,3px);
        position: absolute;
        content: '';
        inset: 1px 0 1px 1px;
        border: 2px solid
          var(--uui-menu-item-border-color-highlight, var(--uui-color-selected,#3544b1));
        border-right: none;
      }

      :host([select-mode='highlight'][selected]:not([disabled]))
        #menu-item
        #label-button-background::after {
        opacity: 1;
      }

      :host([select-mode='highlight'][selectable]:not([disabled]))
        #menu-item:has(#label-button:hover)
        #label-button-background::after {
        opacity: 0.33;
      }
      :host([select-mode='highlight'][selected]:not([disabled]))
        #menu-item:has(#label-button:hover)
        #label-button-background::after {
        opacity: 0.66;
      }

      /** Buttons */

      :host([disabled]) #label-button {
        cursor: default;
        opacity: 0.5;
      }

      button {
        display: inline-flex;
        align-items: center;

        font-family: inherit;
        font-size: inherit;

        padding: 0;
        text-align: left;
        border: none;
        color: inherit;
        background-color: transparent;
        cursor: pointer;
        min-height: var(--uui-size-12,36px);
      }

      #label-button {
        position: relative;
        flex-grow: 1;
        grid-column-start: 2;
        white-space: nowrap;
        overflow: hidden;
        padding-right: var(--uui-size-space-3,9px);
        padding-left: calc(
          var(--uui-menu-item-flat-structure) * var(--uui-size-space-3,9px)
        );
        display: inline-flex;
        align-items: center;
        text-decoration: none;
        color: currentColor;
        min-height: var(--uui-size-12,36px);
        font-weight: inherit;
      }

      #label-button .label {
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      span#label-button {
        pointer-events: none; /* avoid hovering state on this. */
      }

      #caret-button {
        position: relative;
        width: 100%;
        height: 100%;
        display: flex;
        align-items: center;
        justify-content: end;
        padding-inline-end: 3px;
        color: var(--uui-color-interactive,#1b264f);
      }

      #label-button-background {
        position: absolute;
        top: 0;
        left: 0;
        right: 0;
        bottom: 0;
        border-radius: var(--uui-menu-item-border-radius, 0px);
      }

      #actions-container {
        opacity: 0;
        width: 0;
        grid-column-start: 3;
        overflow: hidden;
      }
      :host(:not([disabled])) #menu-item:hover #actions-container,
      :host(:not([disabled])) #menu-item:focus #actions-container,
      :host(:not([disabled])) #menu-item:focus-within #actions-container {
        opacity: 1;
        width: auto;
      }

      #loader {
        position: absolute;
        width: 100%;
        bottom: 0;
      }

      #icon {
        display: inline-flex;
        margin-right: var(--uui-size-2,6px);
      }
      :host([selected]:not([select-mode='highlight'], [disabled])) #icon {
        --uui-icon-color-overwrite: currentColor;
      }

      #badge {
        font-size: 12px;
        --uui-badge-position: relative;
        --uui-badge-position: auto;
        display: block;
        margin-left: 6px;
      }

      /** Focus styling */

      :host([select-mode='highlight']) #label-button:focus-visible {
        outline: none;
        overflow: initial;
      }

      :host([select-mode='highlight']) #label-button:focus-visible::after {
        content: '';
        border-radius: calc(var(--uui-border-radius,3px) - 1px);
        position: absolute;
        inset: 3px 3px 3px -5px;
        outline: 2px solid var(--uui-color-focus,#3879ff);
      }

      :host([select-mode='highlight']) #caret-button:focus-visible {
        outline: none;
        overflow: initial;
      }

      :host([select-mode='highlight']) #caret-button:focus-visible::after {
        content: '';
        position: absolute;
        inset: 3px;
        border-radius: calc(var(--uui-border-radius,3px) - 1px);
        outline: 2px solid var(--uui-color-focus,#3879ff);
      }

      /** Slots */

      slot:not([name]) {
        position: relative;
        display: block;
        width: 100%;
      }
      slot:not([name]) {
        --uui-menu-item-indent: var(--uui-menu-item-child-indent);
      }

      slot[name='actions'] {
        display: flex;
        align-items: center;
        --uui-button-height: calc(var(--uui-size-base-unit) * 4);
        margin-right: var(--uui-size-base-unit);
      }

      @keyframes fadeIn {
        100% {
          opacity: 1;
        }
      }

      uui-loader-bar {
        opacity: 0;
        animation: fadeIn 120ms ease-in 60ms forwards;
      }
    `];ii([u({type:Boolean,reflect:!0})],$t.prototype,"disabled",2);ii([u({type:Boolean,reflect:!0,attribute:"show-children"})],$t.prototype,"showChildren",2);ii([u({type:Boolean,attribute:"has-children"})],$t.prototype,"hasChildren",2);ii([u({type:Boolean,attribute:"loading"})],$t.prototype,"loading",2);ii([u({type:String})],$t.prototype,"href",2);ii([u({type:String})],$t.prototype,"target",2);ii([u({type:String})],$t.prototype,"rel",2);ii([u({type:String,attribute:"select-mode",reflect:!0})],$t.prototype,"selectMode",2);ii([u({type:String,attribute:"caret-label"})],$t.prototype,"caretLabel",2);ii([u({attribute:!1})],$t.prototype,"renderExpandSymbol",2);ii([m()],$t.prototype,"iconSlotHasContent",2);$t=ii([P("uui-menu-item")],$t);var wT=Object.defineProperty,xT=Object.getOwnPropertyDescriptor,Ro=(i,e,t,s)=>{for(var r=s>1?void 0:s?xT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&wT(e,t,r),r};const ET="uui:modal-open",Wr="uui:modal-close",CT="uui:modal-close-end";class vi extends O{constructor(){super(...arguments),this.isOpen=!1,this.isClosing=!1,this.index=0,this.uniqueIndex=0,this._transitionDuration=250,this.open=e=>{e?.preventDefault(),e?.stopImmediatePropagation();const t=new CustomEvent(ET,{cancelable:!0}),s=new CustomEvent("open",{cancelable:!0});this.dispatchEvent(t),this.dispatchEvent(s),!(t.defaultPrevented||s.defaultPrevented)&&this._openModal()},this.close=e=>{e?.preventDefault(),e?.stopImmediatePropagation();const t=new CustomEvent(Wr,{cancelable:!0});this.dispatchEvent(t),!t.defaultPrevented&&this.forceClose()}}get transitionDuration(){return this._transitionDuration}set transitionDuration(e){this._transitionDuration=e,this.style.setProperty("--uui-modal-transition-duration",this._transitionDuration+"ms")}firstUpdated(e){super.firstUpdated(e),this.isClosing||this.open()}_openModal(){this.isOpen=!0,this._dialogElement?.showModal(),this._dialogElement?.addEventListener("cancel",this.close)}forceClose(){this.isClosing=!0,this.isOpen=!1,this._dialogElement?.close(),this.dispatchEvent(new CustomEvent("close-end")),this.dispatchEvent(new CustomEvent(CT)),this.remove()}static{this.styles=[g`
      dialog {
        display: block;
        margin: 0;
        padding: 0;
        max-width: unset;
        max-height: unset;
        border: none;
        background: none;
        color: var(--uui-color-text,#060606);
      }
      dialog::backdrop {
        background: none;
        opacity: 0;
      }
      dialog::after {
        content: '';
        position: absolute;
        inset: 0;
        background-color: var(--uui-modal-color-backdrop, rgba(0, 0, 0, 0.5));
        pointer-events: none;
        opacity: 1;
        transition: opacity var(--uui-modal-transition-duration, 250ms);
        z-index: 1;
      }
      :host([index='0']) dialog::after {
        opacity: 0;
      }
    `]}}Ro([K("dialog")],vi.prototype,"_dialogElement",2);Ro([u({type:Boolean,reflect:!0,attribute:"is-open"})],vi.prototype,"isOpen",2);Ro([u({type:Boolean,reflect:!0,attribute:"is-closing"})],vi.prototype,"isClosing",2);Ro([u({type:Number,reflect:!0})],vi.prototype,"index",2);Ro([u({type:Number,reflect:!0,attribute:"unique-index"})],vi.prototype,"uniqueIndex",2);Ro([u({type:Number,attribute:"transition-duration"})],vi.prototype,"transitionDuration",1);var $T=Object.defineProperty,kT=Object.getOwnPropertyDescriptor,h_=i=>{throw TypeError(i)},d_=(i,e,t,s)=>{for(var r=s>1?void 0:s?kT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&$T(e,t,r),r},TT=(i,e,t)=>e.has(i)||h_("Cannot "+t),sv=(i,e,t)=>(TT(i,e,"read from private field"),t?t.call(i):e.get(i)),PT=(i,e,t)=>e.has(i)?h_("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),Pu,Fp;let Ka=class extends vi{constructor(){super(...arguments),PT(this,Pu),this.size="full"}firstUpdated(i){super.firstUpdated(i),this.style.setProperty("--uui-modal-offset",-sv(this,Pu,Fp)+"px")}updated(i){super.updated(i),this.uniqueIndex>10?this.setAttribute("hide",""):this.removeAttribute("hide")}forceClose(){this.isClosing||(this.isClosing=!0,this.style.setProperty("--uui-modal-offset",-sv(this,Pu,Fp)+"px"),setTimeout(()=>{super.forceClose()},this.transitionDuration))}render(){return c`<dialog>
      <slot></slot>
    </dialog>`}};Pu=new WeakSet;Fp=function(){return this._dialogElement?.getBoundingClientRect().width??0};Ka.styles=[...vi.styles,g`
      :host {
        outline: none;
        --uui-modal-sidebar-left-gap: 24px;
        --uui-modal-sidebar-background: var(--uui-color-surface,#fff);
      }
      @media (min-width: 600px) {
        :host {
          --uui-modal-sidebar-left-gap: 64px;
        }
      }
      dialog {
        height: 100%;
        width: 100%;
        box-sizing: border-box;
        max-width: calc(100% - var(--uui-modal-sidebar-left-gap));
        margin-left: auto;
        right: var(--uui-modal-offset);
        transition: right var(--uui-modal-transition-duration, 250ms);
        background: var(
          --uui-modal-sidebar-background,
          var(--uui-color-surface,#fff)
        );
      }
      :host([index='0']) dialog {
        box-shadow: var(--uui-shadow-depth-5,0 19px 38px rgba(0,0,0,0.30) , 0 15px 12px rgba(0,0,0,0.22));
      }
      :host(:not([index='0'])) dialog {
        outline: 1px solid rgba(0, 0, 0, 0.1);
      }
      :host([hide]) dialog {
        display: none;
      }
      :host([size='large']) dialog {
        max-width: min(1200px, calc(100% - var(--uui-modal-sidebar-left-gap)));
      }
      :host([size='medium']) dialog {
        max-width: min(800px, calc(100% - var(--uui-modal-sidebar-left-gap)));
      }
      :host([size='small']) dialog {
        max-width: min(500px, calc(100% - var(--uui-modal-sidebar-left-gap)));
      }
    `];d_([u({reflect:!0})],Ka.prototype,"size",2);Ka=d_([P("uui-modal-sidebar")],Ka);var ST=Object.defineProperty,AT=Object.getOwnPropertyDescriptor,p_=i=>{throw TypeError(i)},Mo=(i,e,t,s)=>{for(var r=s>1?void 0:s?AT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&ST(e,t,r),r},f_=(i,e,t)=>e.has(i)||p_("Cannot "+t),ia=(i,e,t)=>(f_(i,e,"read from private field"),t?t.call(i):e.get(i)),Yd=(i,e,t)=>e.has(i)?p_("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),ru=(i,e,t)=>(f_(i,e,"access private method"),t),Wp,Dn,Rn,Gp,Yp;let rr=class extends O{constructor(){super(),Yd(this,Rn),this.sidebarGap=64,this.transitionDurationMS=250,Yd(this,Wp,()=>{const i=this._modals??[];if(this._modals=this.modalSlot?.assignedElements({flatten:!0}).filter(s=>s instanceof vi)??[],i.filter(s=>this._modals.indexOf(s)===-1).forEach(s=>s.removeEventListener(Wr,ia(this,Dn))),this._modals.filter(s=>i.indexOf(s)===-1).forEach(s=>s.addEventListener(Wr,ia(this,Dn))),this._sidebars=this._modals.filter(s=>s instanceof Ka),this._modals.length===0){this.removeAttribute("backdrop");return}ru(this,Rn,Gp).call(this),ru(this,Rn,Yp).call(this)}),Yd(this,Dn,i=>{if(i.stopImmediatePropagation(),i.target?.removeEventListener(Wr,ia(this,Dn)),!this._modals||this._modals.length<=1){this.removeAttribute("backdrop");return}ru(this,Rn,Gp).call(this),ru(this,Rn,Yp).call(this)}),this.addEventListener(Wr,ia(this,Dn))}firstUpdated(i){super.firstUpdated(i),this.style.setProperty("--uui-modal-transition-duration",this.transitionDurationMS+"ms")}render(){return c`<slot @slotchange=${ia(this,Wp)}></slot>`}};Wp=new WeakMap;Dn=new WeakMap;Rn=new WeakSet;Gp=function(){this.setAttribute("backdrop","");const i=this._modals?.filter(e=>!e.isClosing).reverse()??[];i?.forEach((e,t)=>{e.index=t,e.transitionDuration=this.transitionDurationMS}),i?.forEach(e=>{const t=i?.filter(s=>s.constructor.name===e.constructor.name);e.uniqueIndex=t?.indexOf(e)??0})};Yp=function(){requestAnimationFrame(()=>{let i=0;const e=this._sidebars?.filter(t=>!t.isClosing).reverse()??[];for(let t=0;t<e.length;t++){const s=e[t],r=e[t+1],n=i;if(s.updateComplete.then(()=>{s.style.setProperty("--uui-modal-offset",n+"px")}),r?.hasAttribute("hide"))break;const o=s.shadowRoot?.querySelector("dialog")?.getBoundingClientRect().width??0,a=r?.shadowRoot?.querySelector("dialog")?.getBoundingClientRect().width??0,l=o+i+this.sidebarGap-a;i=l>0?l:0}})};rr.styles=g`
    :host {
      position: fixed;
      --uui-modal-color-backdrop: rgba(0, 0, 0, 0.5);
    }
    :host::after {
      content: '';
      position: fixed;
      inset: 0;
      background-color: var(--uui-modal-color-backdrop, rgba(0, 0, 0, 0.5));
      opacity: 0;
      pointer-events: none;
      transition: opacity var(--uui-modal-transition-duration, 250ms);
    }
    :host([backdrop])::after {
      opacity: 1;
    }
  `;Mo([K("slot")],rr.prototype,"modalSlot",2);Mo([m()],rr.prototype,"_modals",2);Mo([m()],rr.prototype,"_sidebars",2);Mo([u({type:Number})],rr.prototype,"sidebarGap",2);Mo([u({type:Number})],rr.prototype,"transitionDurationMS",2);rr=Mo([P("uui-modal-container")],rr);var IT=Object.getOwnPropertyDescriptor,OT=(i,e,t,s)=>{for(var r=s>1?void 0:s?IT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let Kp=class extends vi{render(){return c`
      <dialog>
        <slot></slot>
      </dialog>
    `}};Kp.styles=[...vi.styles,g`
      :host {
        outline: none;
        --uui-modal-dialog-background: var(--uui-color-surface,#fff);
      }
      dialog {
        margin: auto;
        max-width: 100%;
        max-height: 100%;
        border-radius: var(
          --uui-modal-dialog-border-radius,
          calc(var(--uui-border-radius,3px) * 4)
        );
        background: var(
          --uui-modal-dialog-background,
          var(--uui-color-surface,#fff)
        );
      }
      :host([index='0']) dialog {
        box-shadow: var(--uui-shadow-depth-5,0 19px 38px rgba(0,0,0,0.30) , 0 15px 12px rgba(0,0,0,0.22));
      }
      :host(:not([index='0'])) dialog {
        outline: 1px solid rgba(0, 0, 0, 0.1);
      }
    `];Kp=OT([P("uui-modal-dialog")],Kp);class Sn extends le{static{this.CHANGE="change"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var UT=Object.defineProperty,DT=Object.getOwnPropertyDescriptor,Vt=(i,e,t,s)=>{for(var r=s>1?void 0:s?DT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&UT(e,t,r),r};const RT=45,Kd=(i,e,t)=>Math.min(Math.max(i,e),t),MT=(i,e)=>Array.from({length:e-i+1},(t,s)=>i+s);let _t=class extends O{constructor(){super(...arguments),this._observer=new ResizeObserver(this._calculateRange.bind(this)),this.label="",this.ariaLabel="",this.firstLabel="First",this.previousLabel="Previous",this.nextLabel="Next",this.lastLabel="Last",this._total=100,this._range=0,this._visiblePages=[],this._current=1}connectedCallback(){super.connectedCallback(),this.hasAttribute("role")||this.setAttribute("role","navigation"),this._visiblePages=this._generateVisiblePages(this.current),N(this,"uui-button"),N(this,"uui-button-group")}disconnectedCallback(){this._observer.disconnect()}firstUpdated(){this._observer.observe(this._pagesGroup),this.updateLabel(),this._calculateRange()}willUpdate(i){(i.has("current")||i.has("label"))&&this.updateLabel()}updateLabel(){this.ariaLabel=`${this.label||"Pagination navigation"}. Current page: ${this.current}.`}_calculateRange(){const i=this.offsetWidth,e=Array.from(this._navButtons).reduce((r,n)=>r+n.getBoundingClientRect().width,0),s=(i-e)/RT/2;this._range=Math.max(1,Math.floor(s)),this._visiblePages=this._generateVisiblePages(this.current)}_generateVisiblePages(i){const e=i<this._range?1:i<this.total-this._range?i-this._range:this.total-this._range*2,t=i<=this._range?this._range*2+1:i<this.total-this._range?i+this._range:this.total;return MT(Kd(e,1,this.total),Kd(t,1,this.total))}get total(){return this._total}set total(i){this._total=i,this._visiblePages=this._generateVisiblePages(this._current),this.requestUpdate("total",i)}get current(){return this._current}set current(i){const e=this._current;this._current=Kd(i,1,this.total),this._visiblePages=this._generateVisiblePages(this._current),this.requestUpdate("current",e)}goToNextPage(){this.current++,this.dispatchEvent(new Sn(Sn.CHANGE))}goToPreviousPage(){this.current--,this.dispatchEvent(new Sn(Sn.CHANGE))}goToPage(i){this.current=i,this.dispatchEvent(new Sn(Sn.CHANGE))}focusActivePage(){requestAnimationFrame(()=>{const i=this.renderRoot.querySelector(".active");i&&i.focus()})}renderFirst(){return c`<uui-button
      compact
      look="outline"
      class="nav"
      role="listitem"
      label=${this.firstLabel}
      ?disabled=${this._current===1}
      @click=${()=>this.goToPage(1)}></uui-button>`}renderPrevious(){return c`<uui-button
      compact
      look="outline"
      class="nav"
      role="listitem"
      label=${this.previousLabel}
      ?disabled=${this._current===1}
      @click=${this.goToPreviousPage}></uui-button>`}renderNext(){return c`<uui-button
      compact
      look="outline"
      role="listitem"
      class="nav"
      label=${this.nextLabel}
      ?disabled=${this._current===this.total}
      @click=${this.goToNextPage}></uui-button>`}renderLast(){return c`
      <uui-button
        compact
        look="outline"
        role="listitem"
        class="nav"
        label=${this.lastLabel}
        ?disabled=${this.total===this._current}
        @click=${()=>this.goToPage(this.total)}></uui-button>
    `}renderDots(){return c`<uui-button
      compact
      look="outline"
      role="listitem"
      tabindex="-1"
      class="dots"
      label="More pages"
      >...</uui-button
    > `}renderPage(i){return c`<uui-button
      compact
      look="outline"
      role="listitem"
      label="Go to page ${i}"
      class=${"page"+(i===this._current?" active":"")}
      tabindex=${i===this._current?"-1":""}
      @click=${()=>{i!==this._current&&(this.goToPage(i),this.focusActivePage())}}>
      ${i}
    </uui-button>`}renderNavigationLeft(){return c` ${this.renderFirst()} ${this.renderPrevious()}
    ${this._visiblePages.includes(1)?"":this.renderDots()}`}renderNavigationRight(){return c`${this._visiblePages.includes(this.total)?"":this.renderDots()}
    ${this.renderNext()} ${this.renderLast()}`}render(){return c`<uui-button-group role="list" id="pages">
      ${this.renderNavigationLeft()}
      ${this._visiblePages.map(i=>this.renderPage(i))}
      ${this.renderNavigationRight()}
    </uui-button-group>
    `}};_t.styles=[g`
      uui-button-group {
        width: 100%;
      }

      uui-button {
        --uui-button-border-color: var(--uui-color-border-standalone,#c2c2c2);
        --uui-button-border-color-hover: var(--uui-color-interactive-emphasis,#3544b1);
        --uui-button-border-color-disabled: var(--uui-color-border-standalone,#c2c2c2);
      }

      .page {
        min-width: 36px;
        max-width: 72px;
      }
      .page.active {
        --uui-button-background-color: var(--uui-color-current,#f5c1bc);
      }

      .nav {
        min-width: 72px;
      }

      .dots {
        pointer-events: none;
      }

      .active {
        pointer-events: none;
      }
    `];Vt([JE("uui-button.nav")],_t.prototype,"_navButtons",2);Vt([K("#pages")],_t.prototype,"_pagesGroup",2);Vt([u()],_t.prototype,"label",2);Vt([u({reflect:!0,attribute:"aria-label"})],_t.prototype,"ariaLabel",2);Vt([u()],_t.prototype,"firstLabel",2);Vt([u()],_t.prototype,"previousLabel",2);Vt([u()],_t.prototype,"nextLabel",2);Vt([u()],_t.prototype,"lastLabel",2);Vt([u({type:Number})],_t.prototype,"total",1);Vt([m()],_t.prototype,"_range",2);Vt([m()],_t.prototype,"_visiblePages",2);Vt([u({type:Number})],_t.prototype,"current",1);_t=Vt([P("uui-pagination")],_t);class rv extends le{static{this.CLOSE="close"}}var LT=Object.defineProperty,NT=Object.getOwnPropertyDescriptor,Tl=(i,e,t,s)=>{for(var r=s>1?void 0:s?NT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&LT(e,t,r),r};function nu(i,e,t){return i<e?e:i>t?t:i}let Qr=class extends O{constructor(){super(...arguments),this.scrollEventHandler=this._updatePlacement.bind(this),this._open=!1,this._placement="bottom-start",this._currentPlacement=null,this._scrollParents=[],this.margin=0,this._onTriggerSlotChanged=i=>{this._trigger=i.target.assignedElements({flatten:!0})[0]},this._intersectionCallback=i=>{i.forEach(e=>{e.isIntersecting===!1&&(this._startScrollListener(),this._updatePlacement())})},this._onKeyUp=i=>{if(i.key==="Escape"){this._triggerPopoverClose();return}},this._onDocumentClick=i=>{i.composedPath().includes(this)||this._triggerPopoverClose()}}get placement(){return this._placement}set placement(i){const e=this._placement;this._placement=i||"bottom-start",this._currentPlacement=null,this._updatePlacement(),this.requestUpdate("placement",e)}get open(){return this._open}set open(i){const e=this._open;this._open=i,i?this._openPopover():this._closePopover(),this.requestUpdate("open",e)}connectedCallback(){super.connectedCallback(),this._getScrollParents()}disconnectedCallback(){super.disconnectedCallback(),document.removeEventListener("mousedown",this._onDocumentClick),document.removeEventListener("keyup",this._onKeyUp),document.removeEventListener("scroll",this.scrollEventHandler),this.intersectionObserver&&(this.intersectionObserver.disconnect(),delete this.intersectionObserver),this._scrollParents=[]}_openPopover(){this.containerElement&&(this.containerElement.style.opacity="0",document.addEventListener("mousedown",this._onDocumentClick),document.addEventListener("keyup",this._onKeyUp),this._currentPlacement=null,requestAnimationFrame(()=>{this._updatePlacement(),this._createIntersectionObserver(),this.containerElement.style.opacity="1"}))}_closePopover(){this.intersectionObserver&&(this.intersectionObserver.disconnect(),delete this.intersectionObserver),document.removeEventListener("mousedown",this._onDocumentClick),document.removeEventListener("keyup",this._onKeyUp),this._currentPlacement=null}_triggerPopoverClose(){const i=new rv(rv.CLOSE,{cancelable:!0});this.dispatchEvent(i),!i.defaultPrevented&&(this.open=!1)}_getScrollParents(){this._scrollParents=[];const i=this.shadowRoot.host;let e=getComputedStyle(i);if(e.position==="fixed")return;const t=e.position==="absolute",s=/(auto|scroll)/;let r=i;for(;r;){if(e=getComputedStyle(r),t&&e.position==="static"){r=this._getAncestorElement(r);continue}if(s.test(e.overflow+e.overflowY+e.overflowX)&&this._scrollParents.push(r),e.position==="fixed")return;r=this._getAncestorElement(r)}this._scrollParents.push(document.body)}_getAncestorElement(i){return i?.parentElement?i.parentElement:i?.getRootNode()?.host}_createIntersectionObserver(){if(this.intersectionObserver)return;const i={root:null,rootMargin:"0px",threshold:1};this.intersectionObserver=new IntersectionObserver(this._intersectionCallback,i),this.intersectionObserver.observe(this.containerElement)}_startScrollListener(){this._scrollParents.forEach(i=>{i.addEventListener("scroll",this.scrollEventHandler)}),document.addEventListener("scroll",this.scrollEventHandler)}_stopScrollListener(){this._scrollParents.forEach(i=>{i.removeEventListener("scroll",this.scrollEventHandler)}),document.removeEventListener("scroll",this.scrollEventHandler)}_updatePlacement(){if(!this.shadowRoot)return;const i=this.containerElement;if(!i)return;const e=this.containerElement?.getBoundingClientRect(),t=this._trigger?.getBoundingClientRect();if(t!=null&&e!=null){const s=this._scrollParents.map(R=>R.getBoundingClientRect());this._currentPlacement=this._currentPlacement||this._placement,this._placement!=="auto"&&(this._currentPlacement=this._managePlacementFlip(this._currentPlacement,e,s));let r=this._currentPlacement.indexOf("top")!==-1,n=this._currentPlacement.indexOf("bottom")!==-1,o=this._currentPlacement.indexOf("left")!==-1,a=this._currentPlacement.indexOf("right")!==-1;const l=this._currentPlacement.indexOf("-start")!==-1,h=this._currentPlacement.indexOf("-end")!==-1;let d=.5,f=.5,v=.5,_=.5,T=0,$=0;if(this.placement==="auto"){const R=this._scrollParents[0],j=R.clientWidth,z=R.clientHeight,G=t.x-e.width,ie=j-(t.x+t.width)-e.width,qt=t.y-e.height,St=z-(t.y+t.height)-e.height;let Oe=.5,bt=.5;const Pr=Math.max(G,ie);let Sr=Math.max(qt,St);St>qt&&St>this.margin&&(Sr+=9999),Pr>Sr?(G>ie?(Oe=0,o=!0):(Oe=1,a=!0),T=this.margin):(qt>St?(bt=0,r=!0):(bt=1,n=!0),$=this.margin),d=Oe,f=bt,v=1-Oe,_=1-bt}else r&&(_=1,f=0),n&&(_=0,f=1),(r||n)&&($=this.margin,l&&(v=0,d=0),h&&(v=1,d=1)),o&&(v=1,d=0),a&&(v=0,d=1),(o||a)&&(T=this.margin,l&&(_=0,f=0),h&&(_=1,f=1));const D=-e.width*v+t.width*d-T*(v*2-1),L=-e.height*_+t.height*f-$*(_*2-1);let H=D,X=L;r||n?(this._scrollParents.forEach((R,j)=>{const z=R===document.body?0:s[j].x,G=-t.x+z,ie=R.clientWidth-t.x-t.width+D+z-(e.width-t.width)*(1-d);H=nu(H,G,ie)}),H=nu(H,-e.width,t.width)):(o||a)&&(this._scrollParents.forEach((R,j)=>{const z=R===document.body?0:s[j].y,G=-t.y+z,ie=R.clientHeight-t.y-t.height+L+z-(e.height-t.height)*(1-f);X=nu(X,G,ie)}),X=nu(X,-e.height,t.height)),(this._positionX!==H||this._positionY!==X)&&(this._positionX=H,this._positionY=X,D===H&&L===X&&this._stopScrollListener(),i.style.left=`${this._positionX}px`,i.style.top=`${this._positionY}px`)}}_managePlacementFlip(i,e,t){const r=i.split("-"),n=r[0],o=r[1]||null;let a;return this._scrollParents.some((l,h)=>{const d=l===document.body?0:t[h].x,f=l===document.body?0:t[h].y;return n==="top"&&e.y-2<=f?(a="bottom",!0):n==="bottom"&&e.y+e.height+2>=l.clientHeight+f?(a="top",!0):n==="left"&&e.x-2<=d?(a="right",!0):n==="right"&&e.x+e.width+2>=l.clientWidth+d?(a="left",!0):!1}),a?(this._startScrollListener(),a+(o?`-${o}`:"")):i}render(){return c`
      <slot
        id="trigger"
        name="trigger"
        @slotchange=${this._onTriggerSlotChanged}></slot>
      <div id="container">
        ${this._open?c`<slot name="popover"></slot>`:""}
      </div>
    `}};Qr.styles=[g`
      :host {
        position: relative;
        display: inline-block;
        width: 100%;
      }
      #container {
        position: absolute;
        width: 100%;
        z-index: var(--uui-popover-z-index, 1);
      }
      slot[name='popover'] {
        display: block;
      }
      #trigger {
        position: relative;
        width: 100%;
      }

      slot[name='trigger']::slotted(uui-button) {
        --uui-button-border-radius: var(
          --uui-popover-toggle-slot-button-border-radius
        );
        --uui-button-merge-border-left: var(
          --uui-popover-toggle-slot-button-merge-border-left
        );
      }
    `];Tl([K("#container")],Qr.prototype,"containerElement",2);Tl([u({type:Number})],Qr.prototype,"margin",2);Tl([u({type:String,reflect:!0})],Qr.prototype,"placement",1);Tl([u({type:Boolean,reflect:!0})],Qr.prototype,"open",1);Qr=Tl([P("uui-popover")],Qr);var zT=Object.defineProperty,VT=Object.getOwnPropertyDescriptor,m_=(i,e,t,s)=>{for(var r=s>1?void 0:s?VT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&zT(e,t,r),r};const BT=(i,e,t)=>Math.min(Math.max(i,e),t);let rc=class extends O{constructor(){super(...arguments),this._progress=0}get progress(){return this._progress}set progress(i){const e=this._progress;this._progress=BT(i,0,100),this.requestUpdate("progress",e)}_getProgressStyle(){return{width:`${this._progress}%`}}render(){return c`
      <div id="bar" style=${ys(this._getProgressStyle())}></div>
    `}};rc.styles=[g`
      :host {
        width: 100%;
        height: 4px;
        position: relative;
        overflow: hidden;
        background: var(--uui-color-surface-alt,#f3f3f5);
        border-radius: 100px;
        display: inline-block;
      }

      #bar {
        transition: width 250ms ease;
        background: var(--uui-color-positive,#0b8152);
        height: 100%;
        width: 0%;
      }
    `];m_([u({type:Number})],rc.prototype,"progress",1);rc=m_([P("uui-progress-bar")],rc);class nc extends le{static{this.CHANGE="change"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var jT=Object.defineProperty,qT=Object.getOwnPropertyDescriptor,b_=i=>{throw TypeError(i)},gr=(i,e,t,s)=>{for(var r=s>1?void 0:s?qT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&jT(e,t,r),r},HT=(i,e,t)=>e.has(i)||b_("Cannot "+t),FT=(i,e,t)=>e.has(i)?b_("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),nv=(i,e,t)=>(HT(i,e,"access private method"),t),Su,g_,v_;let mi=class extends O{constructor(){super(),FT(this,Su),this.name="",this.value="",this.label="",this.checked=!1,this.disabled=!1,this.readonly=!1,this.addEventListener("keydown",nv(this,Su,g_))}focus(){this._inputElement.focus()}click(){this._inputElement.click()}uncheck(){this.checked=!1}check(){this.checked=!0}makeFocusable(){this.disabled||this.removeAttribute("tabindex")}makeUnfocusable(){this.disabled||this.setAttribute("tabindex","-1")}render(){return c` <label>
      <input
        id="input"
        type="radio"
        name=${this.name}
        value=${this.value}
        .checked=${this.checked}
        .disabled=${this.disabled||this.readonly}
        @change=${nv(this,Su,v_)} />
      <div id="button"></div>
      <div id="label">
        ${this.label?c`<span>${this.label}</span>`:c`<slot></slot>`}
      </div>
    </label>`}};Su=new WeakSet;g_=function(i){i.key===" "&&(i.preventDefault(),!this.disabled&&!this.readonly&&this._inputElement?.click())};v_=function(i){i.stopPropagation();const e=this._inputElement.checked;this.checked=e,e&&this.focus(),this.dispatchEvent(new nc(nc.CHANGE))};mi.styles=[lh,g`
      :host {
        display: block;
        box-sizing: border-box;
        font-family: inherit;
        color: currentColor;
        --uui-radio-button-size: var(--uui-size-6,18px);
        margin: var(--uui-size-2,6px) 0;
      }

      label {
        position: relative;
        box-sizing: border-box;
        user-select: none;
        display: flex;
        align-items: center;
        cursor: pointer;
        line-height: 18px;
      }

      :host([readonly]) label {
        cursor: default;
      }

      #input {
        width: 0;
        height: 0;
        opacity: 0;
        margin: 0;
      }

      .label {
        margin-top: 2px;
      }

      #button {
        box-sizing: border-box;
        display: inline-block;
        width: var(--uui-radio-button-size, 18px);
        height: var(--uui-radio-button-size, 18px);
        background-color: var(--uui-color-surface,#fff);
        border: 1px solid var(--uui-color-border-standalone,#c2c2c2);
        border-radius: 100%;
        margin-right: calc(var(--uui-size-2,6px) * 2);
        position: relative;
        flex: 0 0 var(--uui-radio-button-size);
      }

      #button::after {
        content: '';
        width: calc(var(--uui-radio-button-size) / 2);
        height: calc(var(--uui-radio-button-size) / 2);
        background-color: var(--uui-color-selected,#3544b1);
        border-radius: 100%;
        position: absolute;
        top: 50%;
        left: 50%;
        transform: translate(-50%, -50%) scale(0);
        transition: all 0.15s ease-in-out;
      }

      :host(:hover) #button {
        border: 1px solid var(--uui-color-border-emphasis,#a1a1a1);
      }

      :host(:focus) {
        outline: none;
      }
      :host(:focus-within) input:focus-visible + #button {
        outline: 2px solid var(--uui-color-focus,#3879ff);
      }

      input:checked ~ #button::after {
        transform: translate(-50%, -50%) scale(1);
      }

      input:checked ~ #button {
        border: 1px solid var(--uui-color-selected,#3544b1);
      }

      input:checked:hover ~ #button {
        border: 1px solid var(--uui-color-selected-emphasis,rgb(
    70,
    86,
    200
  ));
      }

      input:checked:hover ~ #button::after {
        background-color: var(--uui-color-selected-emphasis,rgb(
    70,
    86,
    200
  ));
      }

      :host([disabled]) label {
        cursor: not-allowed;
        opacity: 0.5;
      }
      :host([disabled]) .label {
        color: var(--uui-color-disabled-contrast,#c4c4c4);
      }

      :host([disabled]) input ~ #button {
        border: 1px solid var(--uui-color-disabled-contrast,#c4c4c4);
      }

      :host([disabled]) input:checked ~ #button {
        border: 1px solid var(--uui-color-disabled-contrast,#c4c4c4);
      }

      :host([disabled]) input:checked ~ #button::after {
        background-color: var(--uui-color-disabled-contrast,#c4c4c4);
      }

      :host([disabled]:active) #button {
        animation: ${uh};
      }

      @media (prefers-reduced-motion) {
        :host([disabled]:active) #button {
          animation: none;
        }

        #button::after {
          transition: none;
        }
      }
    `];gr([K("#input")],mi.prototype,"_inputElement",2);gr([u({type:String})],mi.prototype,"name",2);gr([u({type:String})],mi.prototype,"value",2);gr([u({type:String})],mi.prototype,"label",2);gr([u({type:Boolean,reflect:!0})],mi.prototype,"checked",2);gr([u({type:Boolean,reflect:!0})],mi.prototype,"disabled",2);gr([u({type:Boolean,reflect:!0})],mi.prototype,"readonly",2);mi=gr([P("uui-radio")],mi);class ov extends le{static{this.CHANGE="change"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var WT=Object.defineProperty,GT=Object.getOwnPropertyDescriptor,y_=i=>{throw TypeError(i)},gm=(i,e,t,s)=>{for(var r=s>1?void 0:s?GT(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&WT(e,t,r),r},vm=(i,e,t)=>e.has(i)||y_("Cannot "+t),q=(i,e,t)=>(vm(i,e,"read from private field"),t?t.call(i):e.get(i)),Ds=(i,e,t)=>e.has(i)?y_("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),Au=(i,e,t,s)=>(vm(i,e,"write to private field"),e.set(i,t),t),Pe=(i,e,t)=>(vm(i,e,"access private method"),t),ze,ce,Xp,Zp,oc,ac,Jp,me,__,ym,Qp,_m,wm,Gr,w_,x_,Xa;const YT="ArrowLeft",KT="ArrowUp",XT="ArrowRight",ZT="ArrowDown",JT=" ",QT="Enter";let ao=class extends Fi(O,""){constructor(){super(),Ds(this,me),this.disabled=!1,this.readonly=!1,Ds(this,ze,null),Ds(this,ce,[]),Ds(this,Xp,i=>{q(this,ce)?.forEach(e=>{e!==i.target?e.makeUnfocusable():e.makeFocusable()})}),Ds(this,Zp,i=>{this.contains(i.relatedTarget)||q(this,ze)===null&&q(this,ce)?.forEach(e=>{e.makeFocusable()})}),Ds(this,oc,()=>{this.pristine=!1}),Ds(this,ac,i=>{i.target.checked===!0&&(this.value=i.target.value,Pe(this,me,Xa).call(this))}),Ds(this,Jp,i=>{switch(i.key){case YT:case KT:{i.preventDefault(),Pe(this,me,w_).call(this);break}case XT:case ZT:{i.preventDefault(),Pe(this,me,x_).call(this);break}case JT:{q(this,ze)===null&&(this.value=Pe(this,me,Gr).call(this,1,!1)?.value,Pe(this,me,Xa).call(this));break}case QT:this.submit()}}),this.addEventListener("keydown",q(this,Jp)),this.addEventListener("focusin",q(this,Xp)),this.addEventListener("focusout",q(this,Zp)),this.updateComplete.then(()=>{Pe(this,me,Qp).call(this,this.value)})}get value(){return super.value}set value(i){super.value=i,Pe(this,me,Qp).call(this,i)}connectedCallback(){super.connectedCallback(),this.hasAttribute("role")||this.setAttribute("role","radiogroup")}updated(i){super.updated(i),i.has("disabled")&&Pe(this,me,_m).call(this,this.disabled),i.has("readonly")&&Pe(this,me,wm).call(this,this.readonly),i.has("name")&&Pe(this,me,ym).call(this,i.get("name"))}async focus(){await this.updateComplete,q(this,ze)!==null?q(this,ce)[q(this,ze)]?.focus():Pe(this,me,Gr).call(this,1,!1)?.focus()}async blur(){await this.updateComplete,q(this,ze)!==null?q(this,ce)[q(this,ze)]?.blur():Pe(this,me,Gr).call(this,1,!1)?.blur()}async click(){await this.updateComplete,q(this,ze)!==null?q(this,ce)[q(this,ze)]?.click():Pe(this,me,Gr).call(this,1,!1)?.click()}getFormElement(){if(q(this,ce)&&q(this,ze))return q(this,ce)[q(this,ze)]}render(){return c` <slot @slotchange=${Pe(this,me,__)}></slot> `}};ze=new WeakMap;ce=new WeakMap;Xp=new WeakMap;Zp=new WeakMap;oc=new WeakMap;ac=new WeakMap;Jp=new WeakMap;me=new WeakSet;__=function(i){if(i.stopPropagation(),q(this,ce)?.forEach(t=>{t.removeEventListener(nc.CHANGE,q(this,ac)),t.removeEventListener("blur",q(this,oc))}),Au(this,ze,null),Au(this,ce,i.target.assignedElements({flatten:!0}).filter(t=>t instanceof mi)),q(this,ce).length===0)return;q(this,ce).forEach(t=>{t.addEventListener(nc.CHANGE,q(this,ac)),t.addEventListener("blur",q(this,oc))}),Pe(this,me,ym).call(this,this.name),this.disabled&&Pe(this,me,_m).call(this,!0),this.readonly&&Pe(this,me,wm).call(this,!0);const e=q(this,ce).filter(t=>t.checked===!0);if(e.length>1&&(q(this,ce).forEach(t=>{t.checked=!1}),this.value="",console.error("There can only be one checked radio among the <"+this.nodeName+"> children",this)),e.length===1){const t=e[0];this.value=t.value,Au(this,ze,q(this,ce).indexOf(t))}};ym=function(i){q(this,ce)?.forEach(e=>e.name=i)};Qp=function(i){const e=[];q(this,ce).forEach((t,s)=>{t.value===i?(t.checked=!0,t.makeFocusable(),Au(this,ze,s)):(t.checked=!1,e.push(t))}),q(this,ze)!==null&&e.forEach(t=>t.makeUnfocusable())};_m=function(i){q(this,ce)?.forEach(e=>e.disabled=i)};wm=function(i){q(this,ce)?.forEach(e=>e.readonly=i)};Gr=function(i=1,e=!0){if(!q(this,ce)||q(this,ce).length===0)return null;const t=q(this,ce).length;let s=q(this,ze)??0;for(let r=0;r<t+1;r++){if(!e||r>0){const n=q(this,ce)[s];if(!n.disabled&&!n.readonly)return n}s=(s+i+t)%t}return null};w_=function(){this.value=Pe(this,me,Gr).call(this,-1)?.value??"",q(this,ce)[q(this,ze)??0]?.focus(),Pe(this,me,Xa).call(this)};x_=function(){this.value=Pe(this,me,Gr).call(this)?.value??"",q(this,ce)[q(this,ze)??0]?.focus(),Pe(this,me,Xa).call(this)};Xa=function(){this.pristine=!1,this.dispatchEvent(new ov(ov.CHANGE))};ao.formAssociated=!0;ao.styles=[g`
      :host {
        display: inline-block;
        padding-right: 3px;
        border: 1px solid transparent;
        border-radius: var(--uui-border-radius,3px);
      }

      :host(:not([pristine]):invalid),
      /* polyfill support */
      :host(:not([pristine])[internals-invalid]) {
        border: 1px solid var(--uui-color-invalid-standalone,rgb(
    174,
    30,
    71
  ));
      }
    `];gm([u({type:Boolean,reflect:!0})],ao.prototype,"disabled",2);gm([u({type:Boolean,reflect:!0})],ao.prototype,"readonly",2);ao=gm([P("uui-radio-group")],ao);class Rs extends le{static{this.INPUT="input"}static{this.CHANGE="change"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var eP=Object.defineProperty,tP=Object.getOwnPropertyDescriptor,E_=i=>{throw TypeError(i)},$e=(i,e,t,s)=>{for(var r=s>1?void 0:s?tP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&eP(e,t,r),r},C_=(i,e,t)=>e.has(i)||E_("Cannot "+t),iP=(i,e,t)=>(C_(i,e,"read from private field"),t?t.call(i):e.get(i)),av=(i,e,t)=>e.has(i)?E_("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),An=(i,e,t)=>(C_(i,e,"access private method"),t),Ls,Br,ef;const Xd={TOP:3,CENTER:2},sa=18,Wn=3,cs=12,sP=24,Zd=i=>{const e=i.toString().indexOf(".");return e>=0?i.toString().length-e-1:0};let pe=class extends Fi(O,""){constructor(){super(),av(this,Ls),this.disabled=!1,this.readonly=!1,this._min=0,this._max=0,this.hideStepValues=!1,this._step=1,this._movement=!1,this.startPoint={mouse:0,low:0,high:0},this._lowInputValue=0,this._highInputValue=0,this._trackWidth=0,this._lowValuePercentStart=0,this._highValuePercentEnd=100,av(this,ef,i=>{i.key=="Enter"&&this.submit()}),this._onTouchStart=i=>{if(this.disabled)return;const e=i.composedPath()[0];if(e!==this._outerTrack)if(e===this._innerColor||e===this._innerColorThumb)window.addEventListener("touchend",this._onTouchEnd),window.addEventListener("touchcancel",this._onTouchEnd),window.addEventListener("touchmove",this._onTouchMove),this._movement=!0,this._saveStartPoints(i.touches[0].pageX);else{const t=this._getClickedValue(i.touches[0].pageX),s=Math.abs(this._lowInputValue-t),r=Math.abs(this._highInputValue-t);s<r?this.setValueLow(t):this.setValueHigh(t)}},this._onTouchMove=i=>{this._dragBothValuesByMousePos(i.touches[0].pageX)},this._onTouchEnd=()=>{this._movement=!1,this.onChanged(),window.removeEventListener("touchend",this._onTouchEnd),window.removeEventListener("touchcancel",this._onTouchEnd),window.removeEventListener("touchmove",this._onTouchMove)},this._onMouseDown=i=>{if(this.disabled||this.readonly)return;const e=i.composedPath()[0];if(e!==this._outerTrack)if(e===this._innerColor||e===this._innerColorThumb)window.addEventListener("mouseup",this._onMouseUp),window.addEventListener("mousemove",this._onMouseMove),this._movement=!0,this._saveStartPoints(i.pageX);else{const t=this._getClickedValue(i.pageX),s=Math.abs(this._lowInputValue-t),r=Math.abs(this._highInputValue-t);s<r?this.setValueLow(t):this.setValueHigh(t)}},this._onMouseMove=i=>{i.preventDefault(),this._dragBothValuesByMousePos(i.pageX)},this._onMouseUp=()=>{this._movement=!1,this.onChanged(),window.removeEventListener("mouseup",this._onMouseUp),window.removeEventListener("mousemove",this._onMouseMove)},this.addEventListener("keydown",iP(this,ef)),this.addEventListener("mousedown",this._onMouseDown),this.addEventListener("touchstart",this._onTouchStart),window.addEventListener("resize",()=>{this._trackWidth=this._outerTrack?.offsetWidth})}get min(){return this._min}set min(i){this._min=i,An(this,Ls,Br).call(this)}get max(){return this._max}set max(i){this._max=i,An(this,Ls,Br).call(this)}get step(){return this._step}set step(i){this._step=i,An(this,Ls,Br).call(this)}get minGap(){return this._minGap}set minGap(i){this._minGap=i,An(this,Ls,Br).call(this)}get maxGap(){return this._maxGap}set maxGap(i){this._maxGap=i,An(this,Ls,Br).call(this)}get value(){return super.value}set value(i){super.value=i,An(this,Ls,Br).call(this)}setValueLow(i){i=re(i,this.maxGap?this._highInputValue-this.maxGap>this.min?this._highInputValue-this.maxGap:this.min:this.min,this.minGap?this._highInputValue-this.minGap:this._highInputValue-this.step),this.setValue(i,this._highInputValue)}setValueHigh(i){i=re(i,this.minGap?this._lowInputValue+this.minGap:this._lowInputValue+this.step,this.maxGap?this.maxGap+this._lowInputValue<this.max?this.maxGap+this._lowInputValue:this.max:this.max),this.setValue(this._lowInputValue,i)}setValue(i,e,t){if(t){const s=this.startPoint.high-this.startPoint.low;i=re(i,this.min,this.max-s),e=re(e,this.min+s,this.max)}this._inputLow.value=i.toString(),this._inputHigh.value=e.toString(),this.value=`${i},${e}`}getFormElement(){return this._currentFocus?this._currentFocus:this._inputLow}async focus(){await this.updateComplete,this.getFormElement().focus()}async blur(){await this.updateComplete,this.getFormElement().blur()}connectedCallback(){super.connectedCallback(),this.value||(this.value=`${this._min},${this._max}`)}firstUpdated(i){super.updated(i),this._trackWidth=this._outerTrack.offsetWidth,this._runPropertiesChecks()}_runPropertiesChecks(){if(new RegExp(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/).test(this.value)||console.error("Range slider (Value error occurred): Bad input"),this._highInputValue===this._lowInputValue&&console.error("Range slider (Value error occurred): Low-end and high-end value should never be equal. Use <uui-slider></uui-slider> instead."),this._lowInputValue>this._highInputValue&&console.error("Range slider (Value error occurred): Low-end value should never be higher than high-end value."),(this._highInputValue>this._max||this._highInputValue<this._min)&&(this.setValueHigh(this._max),console.warn(`Conflict with the high-end value and max value. High-end value has been converted to the max value (${this._max})`)),(this._lowInputValue<this._min||this._lowInputValue>this._max)&&(this.setValueLow(this._min),console.warn(`Conflict with the low-end value and min value. Low-end value has been converted to the min value (${this._min})`)),this._step<=0&&(this._step=1,console.warn("Property step needs a value higher than 0. Converted the step value to 1 (default)")),(this._max-this._min)/this._step%1!==0&&console.error("Conflict with step value and the min and max values. May experience bad side effects"),this._minGap&&this._minGap<this._step&&(this._minGap=void 0,console.warn("Conflict with min-gap and step value. The min-gap needs to be higher than the step value. Removed the min-gap property.")),this._minGap&&this._maxGap&&this._minGap>this._maxGap&&(this._minGap=void 0,this._maxGap=void 0,console.warn("Conflict with min-gap and max-gap. Removed the min-gap and max-gap properties.")),this._minGap&&this._max-this._min<this._minGap&&(this._minGap=void 0,console.warn("Conflict with the min-gap and the total range. Removed the min-gap.")),this._maxGap&&this._highInputValue-this._lowInputValue>this._maxGap&&(this.setValueHigh(this._lowInputValue+this._maxGap),console.warn(`Conflict with value and max-gap. High-end value has been converted to the highest possible value based on the low-end value and the max gap value (${this._highInputValue})`)),this._minGap&&this._highInputValue-this._lowInputValue<this._minGap){const e=this._minGap;this._highInputValue-e<this._min?(this.setValueHigh(this._lowInputValue+e),console.warn(`Conflict with value and min gap. High-end value has been converted to the lowest possible value based on the low-end value and the min gap value (${this._highInputValue}).`)):(this.setValueLow(this._highInputValue-e),console.warn(`Conflict with value and min gap. Low-end value has been converted to the highest possible value based on the high-end value and the min gap value (${this._lowInputValue}).`))}}_updateInnerColor(){const i=this._max-this._min,e=this._lowInputValue-this._min,t=this._highInputValue-this._min,s=e/i*100,r=100-t/i*100;this._lowValuePercentStart=re(s,0,100),this._highValuePercentEnd=re(r,0,100)}_getClickedValue(i){const e=this._outerTrack.getBoundingClientRect().left,r=(i-e-cs)/(this._trackWidth-cs*2)*(this._max-this._min)+this._min;return Math.round(r/this._step)*this._step}_saveStartPoints(i){this.startPoint={mouse:i,low:this._lowInputValue,high:this._highInputValue}}_dragBothValuesByMousePos(i){const e=this._outerTrack.offsetWidth,t=i-this.startPoint.mouse,s=this._max-this._min,r=t/(e+cs*2),n=Math.round(r*s/this._step)*this._step,o=this.startPoint.low+n,a=this.startPoint.high+n;this.setValue(o,a,!0),this.dispatchEvent(new Rs(Rs.INPUT))}_onLowInput(i){this.disabled&&i.preventDefault(),this.readonly&&i.preventDefault(),this._currentFocus=this._inputLow;const e=Number(i.target.value);this.setValueLow(e),this.dispatchEvent(new Rs(Rs.INPUT))}_onHighInput(i){this.disabled&&i.preventDefault(),this.readonly&&i.preventDefault(),this._currentFocus=this._inputHigh;const e=Number(i.target.value);this.setValueHigh(e),this.dispatchEvent(new Rs(Rs.INPUT))}_onLowChange(){this.setValueLow(Number(this._inputLow.value)),this.onChanged()}_onHighChange(){this.setValueHigh(Number(this._inputHigh.value)),this.onChanged()}onChanged(){this.pristine=!1,this.dispatchEvent(new Rs(Rs.CHANGE))}render(){return c`
      <div id="range-slider">
        ${this._renderNativeInputs()}
        <div id="inner-track">
          <div
            id="inner-color-thumb"
            class="${this._movement?"active":""}"
            style="left: ${this._lowValuePercentStart}%; right: ${this._highValuePercentEnd}%">
            ${this._renderThumbValues()}
            <div class="${this._movement?"color active":"color"}"></div>
          </div>
          ${this._renderSteps()}
        </div>
      </div>
    `}_renderThumbValues(){return c`<div class="thumb-values">
      <span
        ><span
          >${this._lowInputValue.toFixed(Zd(this._step))}</span
        ></span
      >
      <span
        ><span
          >${this._highInputValue.toFixed(Zd(this._step))}</span
        ></span
      >
    </div>`}_renderSteps(){const i=(this._max-this._min)/this._step,e=(this._trackWidth-cs*2)/i;if(e<sP||i%1!==0)return;let t=0;const s=new Array(i+1).fill(e).map(r=>r*t++);return c`<div class="step-wrapper">
      <svg height="100%" width="100%">
        <rect x="9" y="9" height="${Wn}" rx="2" />
        ${this._renderStepCircles(s)}
      </svg>
      ${this._renderStepValues(i)}
    </div>`}_renderStepValues(i){if(this.hideStepValues||i>20)return;let e=0;const t=new Array(i+1).fill(this._step).map(s=>(this._min+s*e++).toFixed(Zd(this._step)));return c`<div class="step-values">
      ${t.map(s=>c`<span><span>${s}</span></span>`)}
    </div>`}_renderStepCircles(i){const e=this._trackWidth/(this._max-this._min);return U`${i.map(t=>{const s=t+cs,r=this._lowInputValue-this._min,n=this._highInputValue-this._min;return s/e>=r&&s/e<=n?U`<circle class="track-step filled" cx="${s}" cy="${Wn*2}" r="4.5" />`:U`<circle class="track-step regular" cx="${s}" cy="${Wn*2}" r="4.5" />`})}`}_renderNativeInputs(){return c` <div class="native-wrapper">
      <input
        id="inputLow"
        class="${this._movement?"focus":""}"
        type="range"
        min=${this._min}
        max=${this._max}
        step=${this._step}
        .value=${this._lowInputValue.toString()}
        aria-label="${this.label} low-end value"
        ?disabled="${this.disabled||this.readonly}"
        @input=${this._onLowInput}
        @change=${this._onLowChange} />
      <input
        id="inputHigh"
        class="${this._movement?"focus":""}"
        type="range"
        min="${this._min}"
        max="${this._max}"
        step="${this._step}"
        .value=${this._highInputValue.toString()}
        aria-label="${this.label} high-end value"
        ?disabled="${this.disabled||this.readonly}"
        @input=${this._onHighInput}
        @change=${this._onHighChange} />
    </div>`}};Ls=new WeakSet;Br=function(){const i=this.value.split(",");let e=Number(i[0])||0,t=Number(i[1])||0;t=re(t,this._min,this._max),e=this._min+Math.round((e-this._min)/this._step)*this._step,t=this._min+Math.round((t-this._min)/this._step)*this._step,this._lowInputValue=re(e,this._min,this._minGap?t-this._minGap:t-this._step),this._highInputValue=re(t,this._minGap?this._lowInputValue+this._minGap:this._lowInputValue+this._step,Math.min(this._maxGap?e+this._maxGap:this._max,this._max)),this._updateInnerColor(),this.requestUpdate()};ef=new WeakMap;pe.formAssociated=!0;pe.styles=[g`
      :host {
        --color-interactive: var(--uui-color-selected,#3544b1);
        --color-hover: var(--uui-color-selected-emphasis,rgb(
    70,
    86,
    200
  ));
        --color-focus: var(--uui-color-focus,#3879ff);
        min-height: 30px;
      }

      :host([error]) {
        --color-interactive: var(--uui-color-invalid-standalone,rgb(
    174,
    30,
    71
  ));
        --color-hover: var(--uui-color-invalid,#c31d4c);
      }

      #range-slider {
        min-height: 30px;
        box-sizing: border-box;
        position: relative;
        display: flex;
        align-items: center;
      }

      /** Track */

      #inner-track {
        user-select: none;
        background-color: var(--uui-color-border-standalone,#c2c2c2);
        position: absolute;
        height: 3px;
        left: ${cs}px; /* Match TRACK_MARGIN */
        right: ${cs}px; /* Match TRACK_MARGIN */
      }

      :host(:not([disabled]):hover) #inner-track,
      :host(:not([disabled]):active) #inner-track {
        background-color: var(--uui-color-border-emphasis,#a1a1a1);
      }

      #inner-color-thumb {
        margin: -9px 0 0;
        position: absolute;
        display: flex;
        flex-direction: column;
        justify-content: center;
        height: ${sa}px;
        cursor: grab;
        user-select: none;
        z-index: ${Xd.CENTER};
      }

      :host([disabled]) #inner-color-thumb,
      :host([readonly]) #inner-color-thumb {
        cursor: default;
      }

      /** Colored part of track */

      :host([disabled]) #range-slider #inner-color-thumb .color {
        background-color: var(--uui-palette-mine-grey,#3e3e3e) !important;
      }

      #inner-color-thumb:focus .color {
        background-color: var(--color-focus);
      }

      #inner-color-thumb:hover .color,
      #inner-color-thumb .color.active {
        background-color: var(--color-hover);
      }

      :host(:not([readonly])) #inner-color-thumb:hover .color {
        height: ${Wn*2}px;
        background-color: var(--color-hover);
        transform: translateY(-${Wn/2}px);
      }

      .color {
        user-select: none;
        position: absolute;
        inset-inline: 0;
        height: ${Wn}px;
        top: 50%;
        transform: translateY(0);
        background-color: var(--color-interactive);
        transition: height 60ms;
      }

      :host([error]) .color {
        background-color: var(--uui-color-invalid-standalone,rgb(
    174,
    30,
    71
  ));
      }
      :host([error]) #inner-color-thumb:hover ~ .color,
      :host([error]) #inner-color-thumb:focus ~ .color {
        background-color: var(--uui-color-invalid-emphasis,rgb(
    223,
    42,
    93
  ));
      }

      /** Steps */
      .step-wrapper {
        margin: 0 ${-1*cs}px;
        height: 11px;
        position: absolute;
        left: 0;
        right: 0;
        top: -10px;
      }

      /** Step circles */
      .track-step {
        fill: var(--uui-color-border,#d8d7d9);
      }

      :host(:not([disabled]):hover) #inner-track .track-step.regular,
      :host(:not([disabled]):active) #inner-track .track-step.regular {
        fill: var(--uui-color-border-emphasis,#a1a1a1);
      }

      :host .track-step.filled {
        fill: var(--color-interactive);
      }

      :host([error]) .track-step.filled {
        fill: var(--uui-color-invalid-emphasis,rgb(
    223,
    42,
    93
  ));
      }

      :host #inner-color-thumb.active ~ .step-wrapper .track-step.filled,
      :host #inner-color-thumb:hover ~ .step-wrapper .track-step.filled {
        fill: var(--color-hover);
      }

      :host([disabled]) #range-slider .track-step.filled {
        fill: var(--uui-palette-mine-grey,#3e3e3e) !important;
      }

      /** Step values */

      .step-values {
        box-sizing: border-box;
        margin: 0 ${cs}px; /* Match TRACK_MARGIN */
        display: flex;
        justify-content: space-between;
        font-size: var(--uui-type-small-size,12px);
      }

      .step-values > span {
        position: relative;
        color: var(--uui-color-disabled-contrast,#c4c4c4);
      }

      .step-values > span > span {
        position: absolute;
        transform: translateX(-50%);
      }

      /** Input */

      .native-wrapper {
        position: relative;
        width: 100%;
        inset-inline: 0px;
        margin: -22px 5px 0 1px;
      }

      input {
        -webkit-appearance: none;
        -moz-appearance: none;
        appearance: none;
        pointer-events: none;
        position: absolute;
        cursor: pointer;
        background-color: transparent;
        inset-inline: 0;
        width: 100%;
        border-radius: 20px;
      }

      input:focus-within {
        outline: none;
      }

      /** Thumb values */
      .thumb-values {
        box-sizing: border-box;
        display: flex;
        justify-content: space-between;
        color: var(--color-interactive);
        font-weight: bold;
        transition: 120ms opacity;
        opacity: 0;
      }

      .thumb-values > span {
        width: 0;
      }

      .thumb-values > span > span {
        bottom: 15px;
        position: absolute;
        transform: translateX(-50%);
      }

      :host([disabled]) .thumb-values {
        color: var(--uui-palette-mine-grey,#3e3e3e);
      }

      :host([readonly]) .thumb-values {
        opacity: 1;
      }

      #range-slider:hover .thumb-values {
        opacity: 1;
      }

      /** Native thumbs */
      /** Chrome */
      input::-webkit-slider-thumb {
        -webkit-appearance: none;
        pointer-events: all;
        cursor: grab;
        position: relative;
        z-index: ${Xd.TOP};
        width: ${sa}px;
        height: ${sa}px;
        border-radius: 24px;
        border: none;
        background-color: var(--color-interactive);
        overflow: visible;
        box-shadow:
          inset 0 0 0 2px var(--color-interactive),
          inset 0 0 0 4px var(--uui-color-surface,#fff);
      }

      :host([disabled]) input::-webkit-slider-thumb,
      :host([readonly]) input::-webkit-slider-thumb {
        cursor: default;
      }

      input:focus-within::-webkit-slider-thumb,
      input.focus::-webkit-slider-thumb {
        background-color: var(--color-focus);
        box-shadow:
          inset 0 0 0 2px var(--color-focus),
          inset 0 0 0 4px var(--uui-color-surface,#fff),
          0 0 0 2px var(--color-focus);
      }
      input::-webkit-slider-thumb:hover {
        background-color: var(--color-hover);
        box-shadow:
          inset 0 0 0 2px var(--color-hover),
          inset 0 0 0 4px var(--uui-color-surface,#fff);
      }

      :host([disabled]) #range-slider input::-webkit-slider-thumb {
        background-color: var(--uui-palette-mine-grey,#3e3e3e);
        box-shadow:
          inset 0 0 0 2px var(--uui-palette-mine-grey,#3e3e3e),
          inset 0 0 0 4px var(--uui-color-surface,#fff);
      }

      /** Mozilla */

      input::-moz-range-thumb {
        -moz-appearance: none;
        pointer-events: all;
        cursor: grab;
        position: relative;
        z-index: ${Xd.TOP};
        width: ${sa}px;
        height: ${sa}px;
        border-radius: 24px;
        border: none;
        background-color: var(--color-interactive);
        overflow: visible;
        box-shadow:
          inset 0 0 0 2px var(--color-interactive),
          inset 0 0 0 4px var(--uui-color-surface,#fff);
      }
      :host([disabled]) input::-moz-range-thumb,
      :host([readonly]) input::-moz-range-thumb {
        cursor: default;
      }

      input:focus-within::-moz-range-thumb,
      input.focus::-moz-range-thumb {
        background-color: var(--color-focus);
        box-shadow:
          inset 0 0 0 2px var(--color-focus),
          inset 0 0 0 4px var(--uui-color-surface,#fff),
          0 0 0 2px var(--color-focus);
      }
      input::-moz-range-thumb:hover {
        background-color: var(--color-hover);
        box-shadow:
          inset 0 0 0 2px var(--color-hover),
          inset 0 0 0 4px var(--uui-color-surface,#fff);
      }

      :host([disabled]) #range-slider input::-moz-range-thumb {
        background-color: var(--uui-palette-mine-grey,#3e3e3e);
        box-shadow:
          inset 0 0 0 2px var(--uui-palette-mine-grey,#3e3e3e),
          inset 0 0 0 4px var(--uui-color-surface,#fff);
      }
    `];$e([u({type:String})],pe.prototype,"label",2);$e([u({type:Boolean,reflect:!0})],pe.prototype,"disabled",2);$e([u({type:Boolean,reflect:!0})],pe.prototype,"readonly",2);$e([u({type:Number})],pe.prototype,"min",1);$e([u({type:Number})],pe.prototype,"max",1);$e([u({type:Boolean,attribute:"hide-step-values"})],pe.prototype,"hideStepValues",2);$e([u({type:Number})],pe.prototype,"step",1);$e([u({type:Number,attribute:"min-gap"})],pe.prototype,"minGap",1);$e([u({type:Number,attribute:"max-gap"})],pe.prototype,"maxGap",1);$e([u({type:String})],pe.prototype,"value",1);$e([m()],pe.prototype,"_movement",2);$e([m()],pe.prototype,"_lowInputValue",2);$e([m()],pe.prototype,"_highInputValue",2);$e([m()],pe.prototype,"_trackWidth",2);$e([m()],pe.prototype,"_lowValuePercentStart",2);$e([m()],pe.prototype,"_highValuePercentEnd",2);$e([K("#range-slider")],pe.prototype,"_outerTrack",2);$e([K("#inputLow")],pe.prototype,"_inputLow",2);$e([K("#inputHigh")],pe.prototype,"_inputHigh",2);$e([K(".color")],pe.prototype,"_innerColor",2);$e([K("#inner-color-thumb")],pe.prototype,"_innerColorThumb",2);pe=$e([P("uui-range-slider")],pe);var rP=Object.getOwnPropertyDescriptor,nP=(i,e,t,s)=>{for(var r=s>1?void 0:s?rP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let tf=class extends O{render(){return c`<slot></slot>`}};tf.styles=[g`
      :host {
        display: block;
      }

      ::slotted(*:not(:first-child)) {
        margin-top: 1px;
      }
      ::slotted(*:not(:first-child))::before {
        content: '';
        position: absolute;
        top: -1px;
        left: 0;
        right: 0;
        border-top: 1px solid var(--uui-color-border,#d8d7d9);
      }
    `];tf=nP([P("uui-ref-list")],tf);class ou extends le{static{this.OPEN="open"}}var oP=Object.defineProperty,aP=Object.getOwnPropertyDescriptor,vh=(i,e,t,s)=>{for(var r=s>1?void 0:s?aP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&oP(e,t,r),r};let ji=class extends ah(ko(O)){constructor(){super(...arguments),this.disabled=!1,this.readonly=!1,this.error=!1}handleOpenClick(i){i.stopPropagation(),this.dispatchEvent(new ou(ou.OPEN))}handleOpenKeydown(i){i.key!==" "&&i.key!=="Enter"||(i.preventDefault(),i.stopPropagation(),this.dispatchEvent(new ou(ou.OPEN)))}};ji.styles=[g`
      :host {
        position: relative;
        display: flex;
        justify-content: space-between;
        align-items: center;
        width: 100%;
        font-size: var(--uui-font-size);

        box-sizing: border-box;
        border-radius: var(--uui-border-radius,3px);
        background-color: var(--uui-color-surface,#fff);
        --uui-card-before-opacity: 0;
        transition: --uui-card-before-opacity 120ms;
      }

      :host([selectable]:focus-visible) {
        outline-color: var(--uui-color-focus,#3879ff);
        outline-width: var(--uui-card-border-width);
        outline-style: solid;
        outline-offset: var(--uui-card-border-width);
      }

      :host([error]) {
        border: 1px solid var(--uui-color-invalid,#c31d4c);
      }

      :host([standalone]) {
        border: 1px solid var(--uui-color-border,#d8d7d9);
      }

      :host([selectable]) {
        cursor: pointer;
      }
      :host([selectable]) #select-border {
        position: absolute;
        z-index: 2;
        top: -2px;
        left: -2px;
        right: -2px;
        bottom: -2px;
        pointer-events: none;
        opacity: 0;
        transition: opacity 120ms;
      }
      :host([selectable]) #select-border::after {
        content: '';
        position: absolute;
        width: 100%;
        height: 100%;
        box-sizing: border-box;
        border: 2px solid var(--uui-color-selected,#3544b1);
        border-radius: calc(var(--uui-border-radius,3px) + 2px);
        box-shadow:
          0 0 4px 0 var(--uui-color-selected,#3544b1),
          inset 0 0 2px 0 var(--uui-color-selected,#3544b1);
      }
      :host([selected]) #select-border {
        opacity: 1;
      }
      :host([selectable]:not([selected]):hover) #select-border {
        opacity: 0.33;
      }
      :host([selectable][selected]:hover) #select-border {
        opacity: 0.8;
      }

      :host([selectable]:not([selected])) #open-part:hover + #select-border {
        opacity: 0;
      }
      :host([selectable][selected]) #open-part:hover + #select-border {
        opacity: 1;
      }

      :host([selectable]:not([selected]):hover) #select-border::after {
        animation: not-selected--hover 1.2s infinite;
      }
      @keyframes not-selected--hover {
        0%,
        100% {
          opacity: 0.66;
        }
        50% {
          opacity: 1;
        }
      }

      :host([selectable][selected]:hover) #select-border::after {
        animation: selected--hover 1.4s infinite;
      }
      @keyframes selected--hover {
        0%,
        100% {
          opacity: 1;
        }
        50% {
          opacity: 0.66;
        }
      }
      :host([selectable]) #open-part:hover + #select-border::after {
        animation: none;
      }

      :host([select-only]) *,
      :host([select-only]) ::slotted(*) {
        pointer-events: none;
      }

      button {
        font-size: inherit;
        font-family: inherit;
        border: 0;
        padding: 0;
        background-color: transparent;
        text-align: left;
        color: var(--uui-color-text,#060606);
      }
      a {
        text-decoration: none;
        color: inherit;
      }

      button:focus,
      a:focus {
        outline-offset: var(--uui-card-border-width);
        border-radius: var(--uui-border-radius,3px);
        outline: 2px solid var(--uui-color-focus,#3879ff);
      }

      slot[name='actions']::slotted(*) {
        --uui-button-height: calc(var(--uui-size-2,6px) * 4);
      }

      slot[name='actions']::slotted(*:first-child) {
        margin-right: var(--uui-size-2,6px);
      }
      slot[name='actions'] {
        display: flex;
        align-items: center;
      }
      #tag-container::slotted(*:first-child) {
        margin: calc(var(--uui-size-2,6px));
      }
      #actions-container::slotted(*:first-child) {
        margin: calc(var(--uui-size-2,6px));
      }
      #actions-container {
        opacity: 0;
        transition: opacity 120ms;
      }
      :host(:hover) #actions-container,
      :host(:focus) #actions-container,
      :host(:focus-within) #actions-container {
        opacity: 1;
      }

      :host([standalone]:not([disabled]):hover) {
        border-color: var(--uui-color-border-emphasis,#a1a1a1);
      }

      :host([disabled]) #open-part {
        cursor: default;
      }

      :host([standalone][disabled]) {
        border-color: var(--uui-color-disabled-standalone,rgb(
    226,
    226,
    226
  ));
      }

      slot[name='tag'] {
        display: flex;
        justify-content: flex-end;
        align-items: center;
      }
    `];vh([u({type:Boolean,reflect:!0})],ji.prototype,"disabled",2);vh([u({type:Boolean,reflect:!0})],ji.prototype,"readonly",2);vh([u({type:Boolean,reflect:!0})],ji.prototype,"error",2);ji=vh([P("uui-ref")],ji);var lP=Object.defineProperty,uP=Object.getOwnPropertyDescriptor,$_=i=>{throw TypeError(i)},vr=(i,e,t,s)=>{for(var r=s>1?void 0:s?uP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&lP(e,t,r),r},cP=(i,e,t)=>e.has(i)||$_("Cannot "+t),hP=(i,e,t)=>e.has(i)?$_("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),Ks=(i,e,t)=>(cP(i,e,"access private method"),t),zi,k_,T_,yh,P_,S_,A_;let ae=class extends ji{constructor(){super(...arguments),hP(this,zi),this.name="",this.detail="",this._iconSlotHasContent=!1,this.fallbackIcon=`<svg
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="1.75"
    stroke-linecap="round"
    stroke-linejoin="round"
    id="icon">
    <path d="M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z" />
    <path d="M14 2v4a2 2 0 0 0 2 2h4" />
  </svg>`}connectedCallback(){super.connectedCallback(),N(this,"uui-icon")}async focus(){await this.updateComplete,this._openPart?.focus()}renderDetail(){return c`<small id="detail"
      >${this.detail}<slot name="detail"></slot
    ></small>`}render(){return c`
      ${Ks(this,zi,A_).call(this)}
      <!-- Select border must be right after #open-part -->
      <div id="select-border"></div>

      <slot></slot>
      <slot name="tag" id="tag-container"></slot>
      <slot name="actions" id="actions-container"></slot>
    `}};zi=new WeakSet;k_=function(i){this._iconSlotHasContent=i.target.assignedNodes({flatten:!0}).length>0};T_=function(){return c`<uui-icon .svg="${this.fallbackIcon}"></uui-icon>`};yh=function(){return c`
      <span id="content" class="uui-text">
        <span id="icon">
          <slot name="icon" @slotchange=${Ks(this,zi,k_)}></slot>
          ${this._iconSlotHasContent===!1?Ks(this,zi,T_).call(this):""}
        </span>
        <div id="info">
          <div id="name">${this.name}<slot name="name"></slot></div>
          ${this.renderDetail()}
        </div>
      </span>
    `};P_=function(){return c`<a
      id="open-part"
      class="uui-text"
      tabindex=${this.disabled?w:"0"}
      href=${S(this.disabled?void 0:this.href)}
      target=${S(this.target||void 0)}
      rel=${S(this.rel||S(this.target==="_blank"?"noopener noreferrer":void 0))}>
      ${Ks(this,zi,yh).call(this)}
    </a>`};S_=function(){return c`
      <button
        type="button"
        id="open-part"
        class="uui-text"
        tabindex="0"
        @click=${this.handleOpenClick}
        @keydown=${this.handleOpenKeydown}
        ?disabled=${this.disabled}>
        ${Ks(this,zi,yh).call(this)}
      </button>
    `};A_=function(){return this.readonly?c`${Ks(this,zi,yh).call(this)}`:this.href?Ks(this,zi,P_).call(this):Ks(this,zi,S_).call(this)};ae.styles=[...ji.styles,g`
      :host {
        min-width: 250px;
        padding: 1px;
      }

      #actions-container {
        --uui-focus-outline-color: var(--uui-color-focus,#3879ff);
      }

      #content {
        display: flex;
        flex-grow: 1;
        align-items: center;
        line-height: 1.2em;
        padding: calc(var(--uui-size-3,9px));
        width: calc(100% - 2 * var(--uui-size-3,9px));
      }

      #open-part {
        color: inherit;
        text-decoration: none;
        cursor: pointer;
        display: flex;
        flex-grow: 1;
        width: calc(100%);
        margin: 0 0 1px 0;
      }

      #icon {
        font-size: 1.2em;
        margin-right: var(--uui-size-1,3px);
        display: flex;
        align-items: center;
        justify-content: center;
      }

      #info {
        display: flex;
        flex-direction: column;
        align-items: start;
        justify-content: center;
        height: 100%;
        padding-left: var(--uui-size-2,6px);
        max-width: calc(100% - 2 * var(--uui-size-3,9px) - var(--uui-size-2,6px));
        margin-top: 1px;
      }

      #detail {
        opacity: 0.6;
        line-height: 1.2em;
        text-overflow: ellipsis;
        overflow: hidden;
        white-space: nowrap;
        max-width: calc(100%);
      }

      :host([selectable]) #open-part {
        flex-grow: 0;
        padding: 0;
        margin: calc(var(--uui-size-2,6px));

        #content {
          padding: 0;
        }
      }

      :host(:not([disabled])) #open-part:hover #icon {
        color: var(--uui-color-interactive-emphasis,#3544b1);
      }
      :host(:not([disabled])) #open-part:hover #name {
        text-decoration: underline;
        color: var(--uui-color-interactive-emphasis,#3544b1);
      }
      :host(:not([disabled])) #open-part:hover #detail {
        color: var(--uui-color-interactive-emphasis,#3544b1);
      }

      :host([disabled]) #icon {
        color: var(--uui-color-disabled-contrast,#c4c4c4);
      }
      :host([disabled]) #name {
        color: var(--uui-color-disabled-contrast,#c4c4c4);
      }
      :host([disabled]) #detail {
        color: var(--uui-color-disabled-contrast,#c4c4c4);
      }
    `];vr([u({type:String})],ae.prototype,"name",2);vr([u({type:String})],ae.prototype,"detail",2);vr([u({type:String})],ae.prototype,"href",2);vr([u({type:String})],ae.prototype,"target",2);vr([u({type:String})],ae.prototype,"rel",2);vr([K("#open-part")],ae.prototype,"_openPart",2);vr([m()],ae.prototype,"_iconSlotHasContent",2);ae=vr([P("uui-ref-node")],ae);var dP=Object.defineProperty,pP=Object.getOwnPropertyDescriptor,I_=(i,e,t,s)=>{for(var r=s>1?void 0:s?pP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&dP(e,t,r),r};let lc=class extends ae{constructor(){super(...arguments),this.fallbackIcon='<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M142.212 397.267l106.052-48.024L398.479 199.03l-26.405-26.442-90.519 90.517-15.843-15.891 90.484-90.486-16.204-16.217-150.246 150.243-47.534 106.513zm74.904-100.739l23.285-23.283 3.353 22.221 22.008 3.124-23.283 23.313-46.176 20.991 20.813-46.366zm257.6-173.71L416.188 64.3l-49.755 49.785 58.504 58.503 49.779-49.77zM357.357 300.227h82.826v116.445H68.929V300.227h88.719v-30.648H38.288v177.733h432.537V269.578H357.357v30.649z"></path></svg>',this.alias=""}renderDetail(){const i=[];return this.alias!==""&&i.push(this.alias),this.detail!==""&&i.push(this.detail),c`<small id="detail"
      >${i.join(" | ")}<slot name="detail"></slot
    ></small>`}};lc.styles=[...ae.styles];I_([u({type:String})],lc.prototype,"alias",2);lc=I_([P("uui-ref-node-data-type")],lc);var fP=Object.defineProperty,mP=Object.getOwnPropertyDescriptor,O_=(i,e,t,s)=>{for(var r=s>1?void 0:s?mP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&fP(e,t,r),r};let uc=class extends ae{constructor(){super(...arguments),this.fallbackIcon='<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M49.035 60.434h413.93v33.592H49.035zm0 82.005h86.578v86.577H49.035zm163.677 0h86.576v86.577h-86.576zm163.676 0h86.576v86.577h-86.576zM49.035 282.984h413.93v33.593H49.035zm0 82.006h86.578v86.576H49.035zm163.677 0h86.576v86.576h-86.576zm163.676 0h86.576v86.576h-86.576z"></path></svg>',this.alias=""}renderDetail(){const i=[];return this.alias!==""&&i.push(this.alias),this.detail!==""&&i.push(this.detail),c`<small id="detail"
      >${i.join(" | ")}<slot name="detail"></slot
    ></small>`}};uc.styles=[...ae.styles];O_([u({type:String})],uc.prototype,"alias",2);uc=O_([P("uui-ref-node-document-type")],uc);var bP=Object.getOwnPropertyDescriptor,gP=(i,e,t,s)=>{for(var r=s>1?void 0:s?bP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let sf=class extends ae{constructor(){super(...arguments),this.fallbackIcon='<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M444.72 215.28H67.28c-11.04 0-20-8.96-20-20V64.896c0-11.04 8.96-20 20-20h377.44c11.04 0 20 8.96 20 20V195.28c0 11.056-8.96 20-20 20zm-357.44-40h337.44V84.896H87.28v90.384zm185.504 215.696c0-6.848.704-13.504 1.936-20H87.28v-90.384h337.44v12.496a108.098 108.098 0 0140 31.36v-63.856c0-11.04-8.96-20-20-20H67.28c-11.04 0-20 8.96-20 20v130.384c0 11.04 8.96 20 20 20h207.44c-1.232-6.496-1.936-13.152-1.936-20zm107.552-76.128c-41.968 0-76.112 34.16-76.112 76.128s34.144 76.128 76.112 76.128 76.128-34.16 76.128-76.128-34.144-76.128-76.128-76.128zm46.016 80.464a7.293 7.293 0 01-7.296 7.296h-27.072v27.088a7.293 7.293 0 01-7.296 7.296H376a7.293 7.293 0 01-7.296-7.296v-27.088h-27.072a7.293 7.293 0 01-7.296-7.296v-8.672a7.293 7.293 0 017.296-7.296h27.072v-27.088A7.293 7.293 0 01376 344.96h8.688a7.293 7.293 0 017.296 7.296v27.088h27.072a7.293 7.293 0 017.296 7.296v8.672z"></path></svg>'}};sf.styles=[...ae.styles];sf=gP([P("uui-ref-node-form")],sf);var vP=Object.defineProperty,yP=Object.getOwnPropertyDescriptor,U_=(i,e,t,s)=>{for(var r=s>1?void 0:s?yP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&vP(e,t,r),r};let cc=class extends ae{constructor(){super(...arguments),this.fallbackIcon='<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M331.135 98.375c3.677 14.798 4.045 16.031 3.702 31.225-.138 5.855-3.5 32.936-2.586 41.242.751 6.851 2.46 7.395 5.162 13.041 4.705 9.824 3.13 23.376 1.325 33.282-.988 5.42-3.076 13.136-6.248 17.561-3.497 4.876-10.498 4.913-13.592 10.602-4.459 8.195-1.941 19.692-4.752 28.54-3.193 10.033-11.325 10.738-11.938 23.867 3.986.562 7.962 1.134 11.938 1.703 3.99 8.484 11.297 25.552 18.759 30.688 6.25 1.705 12.505 3.411 18.752 5.113 21.907 8.982 46.251 19.732 68.204 28.987 19.991 8.434 43.927 11.439 51.151 32.396 0 14.229 1.343 47.849.976 66.497H36.514c-.367-18.648.974-52.268.974-66.497 7.226-20.957 31.16-23.963 51.151-32.396 21.953-9.255 46.297-20.005 68.201-28.987 6.25-1.702 12.506-3.408 18.754-5.113 7.461-5.136 14.77-22.203 18.76-30.688l8.877-2.158c-2.017-11.206-8.954-12.078-11.845-20.01a91882.59 91882.59 0 00-3.408-35.806c.055.563-8.163-1.497-9.238-2.171-11.58-7.256-11.816-36.723-12.931-48.978-.508-5.603 7.283-10.193 5.118-20.465-12.69-60.138 5.486-88.282 34.229-97.614 19.95-8.083 57.198-23.074 91.941-1.703l8.621 7.991 13.952 2.405c7 4.041 11.465 17.446 11.465 17.446z"></path></svg>',this.groupName=""}renderDetail(){const i=[];return this.detail!==""&&i.push(this.detail),this.groupName!==""&&i.push(this.groupName),c`<small id="detail"
      >${i.join(" | ")}<slot name="detail"></slot
    ></small>`}};cc.styles=[...ae.styles];U_([u({type:String,attribute:"group-name"})],cc.prototype,"groupName",2);cc=U_([P("uui-ref-node-member")],cc);var _P=Object.defineProperty,wP=Object.getOwnPropertyDescriptor,xm=(i,e,t,s)=>{for(var r=s>1?void 0:s?wP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&_P(e,t,r),r};let Za=class extends ae{constructor(){super(...arguments),this.fallbackIcon='<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M161.08 106.29l-70.073 40.452 165.498 95.545 70.076-40.453L161.08 106.29zm259.851 41.077L255.435 51.815l-63.578 36.709 165.499 95.542 63.575-36.699zm-150.11 122.19V459.43l164.966-95.238V174.32l-164.966 95.237zM75.082 364.191l164.959 95.234V268.32L75.082 173.09v191.101z"></path></svg>',this.version="",this.author=""}renderDetail(){const i=[];return this.detail!==""&&i.push(this.detail),this.version!==""&&i.push(this.version),this.author!==""&&i.push(this.author),c`<small id="detail"
      >${i.join(" | ")}<slot name="detail"></slot
    ></small>`}};Za.styles=[...ae.styles];xm([u({type:String})],Za.prototype,"version",2);xm([u({type:String})],Za.prototype,"author",2);Za=xm([P("uui-ref-node-package")],Za);var xP=Object.defineProperty,EP=Object.getOwnPropertyDescriptor,D_=(i,e,t,s)=>{for(var r=s>1?void 0:s?EP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&xP(e,t,r),r};let hc=class extends ae{constructor(){super(...arguments),this.fallbackIcon='<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M331.135 98.375c3.677 14.798 4.045 16.031 3.702 31.225-.138 5.855-3.5 32.936-2.586 41.242.751 6.851 2.46 7.395 5.162 13.041 4.705 9.824 3.13 23.376 1.325 33.282-.988 5.42-3.076 13.136-6.248 17.561-3.497 4.876-10.498 4.913-13.592 10.602-4.459 8.195-1.941 19.692-4.752 28.54-3.193 10.033-11.325 10.738-11.938 23.867 3.986.562 7.962 1.134 11.938 1.703 3.99 8.484 11.297 25.552 18.759 30.688 6.25 1.705 12.505 3.411 18.752 5.113 21.907 8.982 46.251 19.732 68.204 28.987 19.991 8.434 43.927 11.439 51.151 32.396 0 14.229 1.343 47.849.976 66.497H36.514c-.367-18.648.974-52.268.974-66.497 7.226-20.957 31.16-23.963 51.151-32.396 21.953-9.255 46.297-20.005 68.201-28.987 6.25-1.702 12.506-3.408 18.754-5.113 7.461-5.136 14.77-22.203 18.76-30.688l8.877-2.158c-2.017-11.206-8.954-12.078-11.845-20.01a91882.59 91882.59 0 00-3.408-35.806c.055.563-8.163-1.497-9.238-2.171-11.58-7.256-11.816-36.723-12.931-48.978-.508-5.603 7.283-10.193 5.118-20.465-12.69-60.138 5.486-88.282 34.229-97.614 19.95-8.083 57.198-23.074 91.941-1.703l8.621 7.991 13.952 2.405c7 4.041 11.465 17.446 11.465 17.446z"></path></svg>',this.groupName=""}renderDetail(){const i=[];return this.detail!==""&&i.push(this.detail),this.groupName!==""&&i.push(this.groupName),c`<small id="detail"
      >${i.join(" | ")}<slot name="detail"></slot
    ></small>`}};hc.styles=[...ae.styles];D_([u({type:String,attribute:"group-name"})],hc.prototype,"groupName",2);hc=D_([P("uui-ref-node-user")],hc);class lv extends le{static{this.CHANGE="change"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var CP=Object.defineProperty,$P=Object.getOwnPropertyDescriptor,yi=(i,e,t,s)=>{for(var r=s>1?void 0:s?$P(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&CP(e,t,r),r};let Mt=class extends Fi(O,""){constructor(){super(),this.placeholder="",this.disabled=!1,this.readonly=!1,this.error=!1,this.options=[],this._groups=[],this.disabledGroups="",this._disabledGroups=[],this._values=[],this.addEventListener("mousedown",()=>{this.style.setProperty("--uui-show-focus-outline","0")}),this.addEventListener("blur",()=>{this.style.setProperty("--uui-show-focus-outline","")})}async focus(){await this.updateComplete,this._input.focus()}async blur(){await this.updateComplete,this._input.blur()}async click(){await this.updateComplete,this._input.click()}getFormElement(){return this._input}connectedCallback(){super.connectedCallback(),this.label||console.warn(this.tagName+" needs a `label`",this)}_createDisabledGroups(){this.disabledGroups.length!==0&&(this._disabledGroups=this.disabledGroups.split(","))}_extractGroups(){this.options.length!==0&&(this._groups=Array.from(new Set(this.options.filter(i=>i.group).map(i=>i.group))))}willUpdate(i){if(i.has("options")){this._extractGroups(),this._values=this.options.map(t=>t.value);const e=this.options.find(t=>t.selected);this.value=e?e.value:""}i.has("value")&&(this.value=this._values.includes(this.value)?this.value:""),i.has("disabledGroups")&&this._createDisabledGroups()}setValue(i){i.stopPropagation();const e=i.target;i.target&&(this.value=e.value),this.dispatchEvent(new lv(lv.CHANGE,{bubbles:!0,composed:!1}))}_renderOption(i,e,t,s){return c`<option
      value="${e}"
      ?selected=${t}
      ?disabled=${s}>
      ${i}
    </option>`}_renderGrouped(){return this._groups.length===0?w:c`
      ${this._groups.map(i=>c`<optgroup
            label=${i}
            ?disabled=${this._disabledGroups.some(e=>e.toLowerCase()===i.toLowerCase())}>
            ${this.options.map(e=>e.group===i?this._renderOption(e.name,e.value,e.selected,e.disabled):"")}
          </optgroup>`)}
    `}_getDisplayValue(){return this.options.find(i=>i.value===this.value)?.name||this.value}render(){return this.readonly?c`<span>${this._getDisplayValue()}</span>`:c` <select
      id="native"
      aria-label=${this.label}
      @change=${this.setValue}
      ?disabled=${this.disabled}
      .name=${this.name}
      .value=${this.value}>
      <option disabled selected value="" hidden>${this.placeholder}</option>
      ${this._renderGrouped()}
      ${this.options.filter(i=>!i.group).map(i=>this._renderOption(i.name,i.value,i.selected,i.disabled))}
    </select>`}};Mt.styles=[g`
      :host {
        display: inline-block;
        position: relative;
        font-family: inherit;
      }

      #native {
        display: inline-block;
        font-family: inherit;
        font-size: var(--uui-select-font-size, inherit);
        height: var(--uui-select-height, var(--uui-size-11,33px));
        padding: var(--uui-select-padding-y, var(--uui-size-1,3px))
          var(--uui-select-padding-x, var(--uui-size-2,6px));
        color: var(--uui-select-text-color, var(--uui-color-text,#060606));
        box-sizing: border-box;
        border-radius: var(--uui-border-radius,3px);
        border: 1px solid
          var(--uui-select-border-color, var(--uui-color-border,#d8d7d9));
        transition: all 150ms ease;
        width: 100%;
        background-color: var(
          --uui-select-background-color,
          var(--uui-color-surface,#fff)
        );
      }

      #native:focus {
        outline: calc(2px * var(--uui-show-focus-outline, 1)) solid
          var(--uui-select-outline-color, var(--uui-color-focus,#3879ff));
      }

      #native[disabled] {
        cursor: not-allowed;
        background-color: var(
          --uui-select-disabled-background-color,
          var(--uui-color-disabled,#f3f3f5)
        );
      }

      #native:hover {
        border: 1px solid
          var(--uui-select-border-color-hover, var(--uui-color-border-emphasis,#a1a1a1));
      }

      option:checked {
        background: var(
          --uui-select-selected-option-background-color,
          var(--uui-color-selected,#3544b1)
        );
        color: var(
          --uui-select-selected-option-color,
          var(--uui-color-selected-contrast,#fff)
        );
      }

      #caret {
        position: absolute;
        right: 12px;
        top: 50%;
        transform: translateY(-50%);
      }

      :host([error]) #native {
        border: 1px solid var(--uui-color-invalid-standalone,rgb(
    174,
    30,
    71
  ));
      }

      :host([error]) #native[disabled] {
        border: 1px solid var(--uui-color-invalid-standalone,rgb(
    174,
    30,
    71
  ));
      }
    `];yi([u({type:String})],Mt.prototype,"label",2);yi([u()],Mt.prototype,"placeholder",2);yi([u({type:Boolean,reflect:!0})],Mt.prototype,"disabled",2);yi([u({type:Boolean,reflect:!0})],Mt.prototype,"readonly",2);yi([u({type:Boolean,reflect:!0})],Mt.prototype,"error",2);yi([u({type:Array,attribute:!1})],Mt.prototype,"options",2);yi([m()],Mt.prototype,"_groups",2);yi([u()],Mt.prototype,"disabledGroups",2);yi([m()],Mt.prototype,"_disabledGroups",2);yi([K("#native")],Mt.prototype,"_input",2);Mt=yi([P("uui-select")],Mt);const kP=g`
  input[type='range'] {
    left: 0;
    position: absolute;
    top: 0;
    height: 100%;
    width: 100%;
    z-index: 2;

    height: 100%;
    -webkit-appearance: none;
    margin: 0px;
    padding: 0px;
    border: 0 none;
    background: transparent;
    color: transparent;
    overflow: visible;
    border: none;
  }
  input[type='range']:focus {
    outline: none;
  }
  input[type='range']::-webkit-slider-runnable-track {
    width: 100%;
    height: 100%;
    -webkit-appearance: none;
    margin: 0px;
    padding: 0px;
    border: none;
    background: transparent;
    color: transparent;
    overflow: visible;
    order: none;
  }

  input[type='range']:focus::-webkit-slider-runnable-track {
    background: transparent;
    border: none;
  }

  input[type='range']::-moz-range-track {
    width: 100%;
    height: 100%;
    -moz-appearance: none;
    margin: 0px;
    padding: 0px;
    border: 0 none;
    background: transparent;
    color: transparent;
    overflow: visible;
  }

  input[type='range']::-ms-track {
    width: 100%;
    height: 100%;
    -webkit-appearance: none;
    margin: 0px;
    padding: 0px;
    border: 0 none;
    background: transparent;
    color: transparent;
    overflow: visible;
  }
  input[type='range']::-ms-fill-lower,
  input[type='range']::-ms-fill-upper {
    background: transparent;
    border: 0 none;
  }

  input[type='range']::-ms-tooltip {
    display: none;
  }

  input[type='range']::-moz-range-thumb {
    width: 18px;
    height: 18px;
    border-radius: 12px;
    border: 0 none;
    background: transparent;
    cursor: pointer;
  }

  input[type='range']::-webkit-slider-thumb {
    width: 18px;
    height: 18px;
    border-radius: 12px;
    border: 0 none;
    background: transparent;
    cursor: pointer;
    -webkit-appearance: none;
  }

  input[type='range']::-ms-thumb {
    width: 18px;
    height: 18px;
    border-radius: 12px;
    border: 0 none;
    background: transparent;
    cursor: pointer;
  }

  input[type='range']:focus::-ms-fill-lower {
    background: transparent;
  }
  input[type='range']:focus::-ms-fill-upper {
    background: transparent;
  }
`;class au extends le{static{this.INPUT="input"}static{this.CHANGE="change"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var TP=Object.defineProperty,PP=Object.getOwnPropertyDescriptor,R_=i=>{throw TypeError(i)},wt=(i,e,t,s)=>{for(var r=s>1?void 0:s?PP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&TP(e,t,r),r},Em=(i,e,t)=>e.has(i)||R_("Cannot "+t),uv=(i,e,t)=>(Em(i,e,"read from private field"),t?t.call(i):e.get(i)),Jd=(i,e,t)=>e.has(i)?R_("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),cv=(i,e,t,s)=>(Em(i,e,"write to private field"),e.set(i,t),t),SP=(i,e,t)=>(Em(i,e,"access private method"),t),Iu,Ou,rf,M_;const Aa=12,hv=24,AP=(i,e,t)=>Array.from({length:(e-i)/t+1},(s,r)=>i+r*t),IP=i=>{const e=i.toString().indexOf(".");return e>=0?i.toString().length-e-1:0};let Ze=class extends Fi(O,""){constructor(){super(),Jd(this,rf),Jd(this,Iu,0),this.hideStepValues=!1,this.hideValueLabel=!1,this.min=0,this.max=100,Jd(this,Ou,1),this.disabled=!1,this.readonly=!1,this._stepWidth=0,this.onWindowResize=()=>{this._stepWidth=this._calculateStepWidth()},this._steps=[],this._sliderPosition="0%",this.addEventListener("mousedown",()=>{this.style.setProperty("--uui-show-focus-outline","0")}),this.addEventListener("blur",()=>{this.style.setProperty("--uui-show-focus-outline","")}),this.addEventListener("keydown",SP(this,rf,M_))}get step(){return uv(this,Ou)}set step(i){cv(this,Ou,i),cv(this,Iu,(i.toString().split(".")[1]||[]).length)}get value(){return super.value}set value(i){if(i instanceof File)return;const e=super.value;let t=i?parseFloat(i):0;t=Math.min(Math.max(t,this.min),this.max),this.step>0&&(t=Math.round(t/this.step)*this.step),super.value=t.toFixed(uv(this,Iu)).toString(),this._calculateSliderPosition(),this.requestUpdate("value",e)}async focus(){await this.updateComplete,this._input.focus()}async blur(){await this.updateComplete,this._input.blur()}async click(){await this.updateComplete,this._input.click()}getFormElement(){return this._input}connectedCallback(){super.connectedCallback(),window.addEventListener("resize",this.onWindowResize),this.label||console.warn(this.tagName+" needs a `label`",this)}disconnectedCallback(){window.removeEventListener("resize",this.onWindowResize),super.disconnectedCallback()}firstUpdated(){this._calculateSliderPosition(),this._updateSteps()}updated(i){super.updated(i),(i.get("max")||i.get("min")||i.get("step"))&&(this.value=this.value,this._updateSteps())}_updateSteps(){this._steps=AP(this.min,this.max,this.step),this._stepWidth=this._calculateStepWidth()}_calculateStepWidth(){return(this._track.getBoundingClientRect().width-Aa*2)/(this._steps.length-1)}_calculateSliderPosition(){const i=(parseFloat(super.value||"0")-this.min)/(this.max-this.min);this._sliderPosition=`${Math.floor(i*1e5)/1e3}%`}_onInput(i){i.stopPropagation(),this.value=this._input.value,this.dispatchEvent(new au(au.INPUT))}_onChange(i){i.stopPropagation(),this.pristine=!1,this.dispatchEvent(new au(au.CHANGE))}renderTrackSteps(){return U`
  ${this._steps.map(i=>{if(this._stepWidth>=hv){const e=Math.round(Aa+this._stepWidth*this._steps.indexOf(i));return U`<circle class="track-step" cx="${e}" cy="50%" r="4.5" />`}return U``})}
`}renderStepValues(){return this.hideStepValues?w:c`<div id="step-values">
      ${this._steps.map(i=>c` <span
            ><span>
              ${this._steps.length<=20&&this._stepWidth>=hv?i.toFixed(IP(this.step)):w}
            </span></span
          >`)}
    </div>`}render(){return c`
      <input
        id="input"
        type="range"
        min="${this.min}"
        max="${this.max}"
        .value="${this.value}"
        aria-label="${this.label}"
        step="${+this.step}"
        ?disabled=${this.disabled||this.readonly}
        ?readonly=${this.readonly}
        @input=${this._onInput}
        @change=${this._onChange} />
      <div id="track" aria-hidden="true">
        <svg height="100%" width="100%">
          <rect x="9" y="9" height="3" rx="2" />
          ${this.renderTrackSteps()}
        </svg>

        <div id="track-inner" aria-hidden="true">
          <div id="thumb" style=${ys({left:this._sliderPosition})}>
            ${this.hideValueLabel?null:c`<div id="thumb-label">${this.value}</div>`}
          </div>
        </div>
      </div>
      ${this.renderStepValues()}
    `}};Iu=new WeakMap;Ou=new WeakMap;rf=new WeakSet;M_=function(i){i.key=="Enter"&&this.submit()};Ze.formAssociated=!0;Ze.styles=[G2,kP,g`
      :host {
        display: inline-block;
        width: 100%;
        position: relative;
        min-height: 30px;
        user-select: none;
      }

      input {
        box-sizing: border-box;
        height: 18px;
      }

      #track {
        position: relative;
        height: 18px;
        width: 100%;
        display: flex;
      }

      #track svg {
        height: 21px;
        border-radius: 10px;
        background-color: var(--uui-color-surface,#fff);
      }
      #track svg rect {
        width: calc(100% - 18px);
        fill: var(--uui-color-border-standalone,#c2c2c2);
      }
      input:hover ~ #track svg rect {
        fill: var(--uui-color-border-emphasis,#a1a1a1);
      }

      input:focus ~ #track #thumb {
        outline: calc(2px * var(--uui-show-focus-outline, 1)) solid
          var(--uui-color-focus,#3879ff);
      }

      .track-step {
        fill: var(--uui-color-border,#d8d7d9);
      }

      input:hover ~ #track svg .track-step {
        fill: var(--uui-color-border-emphasis,#a1a1a1);
      }

      #track-inner {
        position: absolute;
        left: ${Aa}px; /* Match TRACK_MARGIN */
        right: ${Aa}px; /* Match TRACK_MARGIN */
      }

      #thumb {
        position: absolute;
        display: flex;
        align-items: center;
        justify-content: center;
        top: 2px;
        bottom: 0;
        left: 0;
        height: 17px;
        width: 17px;
        margin-left: -8px;
        margin-right: -8px;
        border-radius: 50%;
        box-sizing: border-box;

        background-color: var(--uui-color-surface,#fff);
        border: 2px solid var(--uui-color-selected,#3544b1);
      }
      :host([disabled]) #thumb {
        background-color: var(--uui-color-disabled,#f3f3f5);
        border-color: var(--uui-color-disabled-standalone,rgb(
    226,
    226,
    226
  ));
      }

      #thumb:after {
        content: '';
        height: 9px;
        width: 9px;
        border-radius: 50%;
        background-color: var(--uui-color-selected,#3544b1);
      }

      :host([disabled]) #thumb:after {
        background-color: var(--uui-color-disabled,#f3f3f5);
      }

      #thumb-label {
        position: absolute;
        box-sizing: border-box;
        font-weight: 700;
        bottom: 15px;
        left: 50%;
        width: 40px;
        margin-left: -20px;
        text-align: center;
        opacity: 0;
        transition: 120ms opacity;
        color: var(--uui-color-selected,#3544b1);
      }

      input:focus ~ #track #thumb-label,
      input:hover ~ #track #thumb-label {
        opacity: 1;
      }

      #step-values {
        margin: 0 ${Aa}px; /* Match TRACK_MARGIN */
        margin-top: 6px;
        display: flex;
        align-items: flex-end;
        box-sizing: border-box;
      }

      #step-values > span {
        flex-basis: 0;
        flex-grow: 1;
        color: var(--uui-color-disabled-contrast,#c4c4c4);
      }

      #step-values > span > span {
        transform: translateX(-50%);
        display: inline-block;
        text-align: center;
        font-size: var(--uui-type-small-size,12px);
      }

      #step-values > span:last-child {
        width: 0;
        flex-grow: 0;
      }

      :host(:not([pristine]):invalid) #thumb {
        border-color: var(--uui-color-invalid-standalone,rgb(
    174,
    30,
    71
  ));
      }
      :host(:not([pristine]):invalid) #thumb:after {
        background-color: var(--uui-color-invalid,#c31d4c);
      }

      // readonly
      :host([readonly]) #thumb {
        background-color: var(--uui-color-disabled,#f3f3f5);
        border-color: var(--uui-color-disabled-standalone,rgb(
    226,
    226,
    226
  ));
      }

      :host([readonly]) #thumb-label {
        opacity: 1;
      }
    `];wt([u({type:Boolean,attribute:"hide-step-values"})],Ze.prototype,"hideStepValues",2);wt([u({type:Boolean,attribute:"hide-value-label"})],Ze.prototype,"hideValueLabel",2);wt([u({type:Number})],Ze.prototype,"min",2);wt([u({type:Number})],Ze.prototype,"max",2);wt([u({type:Number})],Ze.prototype,"step",1);wt([u({type:String})],Ze.prototype,"value",1);wt([u({type:Boolean,reflect:!0})],Ze.prototype,"disabled",2);wt([u({type:Boolean,reflect:!0})],Ze.prototype,"readonly",2);wt([u({type:String})],Ze.prototype,"label",2);wt([K("#input")],Ze.prototype,"_input",2);wt([K("#track")],Ze.prototype,"_track",2);wt([m()],Ze.prototype,"_stepWidth",2);wt([m()],Ze.prototype,"_steps",2);wt([m()],Ze.prototype,"_sliderPosition",2);Ze=wt([P("uui-slider")],Ze);var OP=Object.defineProperty,UP=Object.getOwnPropertyDescriptor,L_=(i,e,t,s)=>{for(var r=s>1?void 0:s?UP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&OP(e,t,r),r};let dc=class extends O{constructor(){super(...arguments),this.open=!1}render(){return c`<svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="3"
      stroke-linecap="round"
      stroke-linejoin="round">
      <path d="m4 9 8 8 8-8"></path>
    </svg>`}};dc.styles=[g`
      :host {
        display: inline-flex;
        width: 12px;
        vertical-align: middle;
      }

      svg {
        transform: rotate(-90deg);
        transform-origin: 50% 50%;
        transition: transform 100ms cubic-bezier(0.1, 0, 0.9, 1);
        width: 100%;
        height: 100%;
      }

      :host([open]) svg {
        transform: rotate(0deg);
      }
    `];L_([u({type:Boolean,reflect:!0})],dc.prototype,"open",2);dc=L_([P("uui-symbol-expand")],dc);var DP=Object.defineProperty,RP=Object.getOwnPropertyDescriptor,Cm=(i,e,t,s)=>{for(var r=s>1?void 0:s?RP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&DP(e,t,r),r};let Ja=class extends O{constructor(){super(...arguments),this.src="",this.alt=""}connectedCallback(){super.connectedCallback(),N(this,"uui-icon")}render(){return this.src?c`<img src=${this.src} alt=${this.alt} />`:c`<uui-icon
          name="picture"
          .fallback=${X2.strings[0]}></uui-icon>`}};Ja.styles=[g`
      :host {
        display: block;
        width: 100%;
        height: 100%;
      }

      img {
        object-fit: contain;
        height: 100%;
        width: 100%;
      }

      uui-icon {
        width: 100%;
        height: 100%;
        max-width: 100%;
        display: flex;
        max-height: 100%;
        justify-content: center;
        color: var(--uui-color-surface,#fff);
        background: var(--uui-color-surface-alt,#f3f3f5);
      }
    `];Cm([u({type:String})],Ja.prototype,"src",2);Cm([u({type:String})],Ja.prototype,"alt",2);Ja=Cm([P("uui-symbol-file-thumbnail")],Ja);var MP=Object.defineProperty,LP=Object.getOwnPropertyDescriptor,N_=(i,e,t,s)=>{for(var r=s>1?void 0:s?LP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&MP(e,t,r),r};let pc=class extends O{constructor(){super(...arguments),this.type=""}render(){return c`
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        stroke-width="0.6"
        stroke-linecap="round"
        stroke-linejoin="round"
        id="icon">
        <path d="M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z" />
        <path d="M14 2v4a2 2 0 0 0 2 2h4" />
      </svg>

      ${this.type?c`<small id="file-type" class="uui-small"
            >${this.type.toUpperCase()}</small
          >`:""}
    `}};pc.styles=[Co,g`
      :host {
        position: relative;
        display: block;
        box-sizing: border-box;
      }

      #file-type {
        position: absolute;
        bottom: 20%;
        left: 12%;
        margin-left: calc(var(--uui-size-3,9px) * -1);
        padding: 0px var(--uui-size-3,9px);
        font-weight: 700;
        background-color: var(--uui-color-surface-alt,#f3f3f5);
        max-width: 100%;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
        border-radius: var(--uui-border-radius,3px);
      }

      #icon {
        width: 100%;
        color: var(--uui-color-border-standalone,#c2c2c2);
      }
    `];N_([u({type:String})],pc.prototype,"type",2);pc=N_([P("uui-symbol-file")],pc);var NP=Object.getOwnPropertyDescriptor,zP=(i,e,t,s)=>{for(var r=s>1?void 0:s?NP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let nf=class extends O{render(){return c`<svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="0.6"
      stroke-linecap="round"
      stroke-linejoin="round"
      id="icon">
      <path
        d="M20 20a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-7.9a2 2 0 0 1-1.69-.9L9.6 3.9A2 2 0 0 0 7.93 3H4a2 2 0 0 0-2 2v13a2 2 0 0 0 2 2Z" />
    </svg>`}};nf.styles=[g`
      :host {
        display: block;
        position: relative;
        box-sizing: border-box;
      }

      #icon {
        width: 100%;
        color: var(--uui-color-border-standalone,#c2c2c2);
      }
    `];nf=zP([P("uui-symbol-folder")],nf);var VP=Object.defineProperty,BP=Object.getOwnPropertyDescriptor,z_=(i,e,t,s)=>{for(var r=s>1?void 0:s?BP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&VP(e,t,r),r};let fc=class extends O{constructor(){super(...arguments),this.open=!1}render(){return U`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
      ${this.open===!0?U`<path d="M457.915 242.222H269.053l-.004-78.416c0-33.277-12.63-63.824-33.538-86.175-20.82-22.357-50.579-36.756-83.391-36.731-32.814-.024-62.57 14.375-83.391 36.731-20.915 22.351-33.541 52.897-33.547 86.175v103.859H96.19v-13.476l-35.656-35.656H96.19v-54.728c0-17.765 6.717-33.406 17.084-44.502 10.463-11.09 23.927-17.37 38.845-17.394 14.916.024 28.375 6.304 38.837 17.394 10.375 11.096 17.092 26.738 17.087 44.502v78.416h-26.189c-9.159 0-16.582 7.426-16.582 16.585v194.53c0 9.158 7.423 16.583 16.582 16.583h276.06c9.164 0 16.587-7.425 16.587-16.583v-194.53c.001-9.159-7.422-16.584-16.586-16.584z"></path>`:U`<path d="M404.84 246.573h-22.084l-.002-73.603c0-36.675-13.921-70.311-36.917-94.892-22.91-24.584-55.547-40.367-91.539-40.336-36.003-.031-68.643 15.752-91.55 40.336-23.001 24.582-36.918 58.217-36.925 94.892v73.603h-22.082c-9.16 0-16.585 7.421-16.585 16.583v194.531c0 9.158 7.425 16.585 16.585 16.585H404.84c9.162 0 16.586-7.427 16.586-16.585V263.156c0-9.161-7.424-16.583-16.586-16.583zm-218.013-73.602c0-21.167 8.012-39.893 20.468-53.219 12.552-13.316 28.896-20.982 47.003-21.007 18.095.025 34.438 7.685 46.987 21.007 12.455 13.326 20.467 32.052 20.467 53.219v73.603H186.827v-73.603z"></path>`}
    </svg>`}};fc.styles=[g`
      :host {
        display: inline-block;
        vertical-align: middle;
        width: 1em;
      }

      svg {
        fill: currentColor;
      }
    `];z_([u({type:Boolean,reflect:!0})],fc.prototype,"open",2);fc=z_([P("uui-symbol-lock")],fc);var jP=Object.defineProperty,qP=Object.getOwnPropertyDescriptor,V_=(i,e,t,s)=>{for(var r=s>1?void 0:s?qP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&jP(e,t,r),r};let mc=class extends Cl(O){constructor(){super(...arguments),this.descending=!1}render(){return c` <svg
        id="up"
        xmlns="http://www.w3.org/2000/svg"
        width="24"
        height="24"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        stroke-width="3"
        stroke-linecap="round"
        stroke-linejoin="round">
        <path d="m4 9 8 8 8-8"></path>
      </svg>
      <svg
        id="down"
        xmlns="http://www.w3.org/2000/svg"
        width="24"
        height="24"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        stroke-width="3"
        stroke-linecap="round"
        stroke-linejoin="round">
        <path d="m4 9 8 8 8-8"></path>
      </svg>`}};mc.styles=[g`
      :host {
        position: relative;
        display: inline-block;
        width: 0.9em;
        height: 1em;
        //vertical-align: middle;
        pointer-events: none;
      }

      svg {
        position: absolute;
        left: 0;
        top: 50%;
        width: 0.9em;
        transform-origin: 50% 50%;
        transition:
          transform 120ms ease-in-out,
          opacity 120ms,
          margin-top 240ms;
        opacity: 0;
        margin-top: -8em;
      }

      #up {
        transform: rotate(180deg);
        margin-top: -1.05em;
      }
      #down {
        margin-top: -0.55em;
      }
      :host([active]) #up {
        margin-top: calc(-0.8em - (0.25em * var(--uui-symbol-sort-hover, 0)));
      }
      :host([active]) #down {
        margin-top: calc(-0.8em + (0.25em * var(--uui-symbol-sort-hover, 0)));
      }

      :host(:hover) {
        --uui-symbol-sort-hover: 1;
      }
      :host(:not([active])) #up,
      :host(:not([active])) #down {
        opacity: calc(0.25 * var(--uui-symbol-sort-hover, 0));
      }

      :host([active]:not([descending])) #down {
        opacity: 1;
      }
      :host([active]:not([descending])) #up {
        opacity: calc(0.25 * var(--uui-symbol-sort-hover, 0));
      }

      :host([active][descending]) #up {
        opacity: 1;
      }
      :host([active][descending]) #down {
        opacity: calc(0.25 * var(--uui-symbol-sort-hover, 0));
      }
    `];V_([u({type:Boolean,reflect:!0})],mc.prototype,"descending",2);mc=V_([P("uui-symbol-sort")],mc);var HP=Object.getOwnPropertyDescriptor,FP=(i,e,t,s)=>{for(var r=s>1?void 0:s?HP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let of=class extends O{connectedCallback(){super.connectedCallback(),this.setAttribute("role","table")}render(){return c`<slot></slot>`}};of.styles=[g`
      :host {
        display: table;
        width: 100%;
        border-radius: var(--uui-border-radius,3px);
        background-color: var(--uui-color-surface,#fff);
        cursor: default;
      }
    `];of=FP([P("uui-table")],of);var WP=Object.defineProperty,GP=Object.getOwnPropertyDescriptor,_h=(i,e,t,s)=>{for(var r=s>1?void 0:s?GP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&WP(e,t,r),r};let nr=class extends O{constructor(){super(...arguments),this.disableChildInteraction=!1,this.noPadding=!1,this.clipText=!1,this._observer=new ResizeObserver(()=>{this._detectOverflow()})}_detectOverflow(){this.scrollWidth>this.clientWidth?this.setAttribute("title",this.innerText):this.removeAttribute("title")}connectedCallback(){super.connectedCallback(),this.setAttribute("role","cell")}disconnectedCallback(){super.disconnectedCallback(),this._observer.disconnect()}updated(i){super.updated(i),i.has("clipText")&&(this.clipText?(this._detectOverflow(),this._observer.observe(this)):this._observer.disconnect())}render(){return c` <slot @slotchange=${this._detectOverflow}></slot>`}};nr.styles=[g`
      :host {
        position: relative;
        display: table-cell;
        height: var(--uui-table-cell-height, var(--uui-size-12,36px));
        padding: var(
          --uui-table-cell-padding,
          var(--uui-size-3,9px) var(--uui-size-5,15px)
        );
        border-top: 1px solid var(--uui-color-border,#d8d7d9);
        vertical-align: middle;
      }

      :host([clip-text]) {
        max-width: 0;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        box-sizing: border-box;
      }

      :host([disable-child-interaction]) ::slotted(*) {
        pointer-events: none;
      }

      :host([disable-child-interaction])::after {
        content: '';
        position: absolute;
        inset: 0;
      }

      :host([no-padding]) {
        padding: 0;
      }
    `];_h([u({type:Boolean,reflect:!0,attribute:"disable-child-interaction"})],nr.prototype,"disableChildInteraction",2);_h([u({type:Boolean,reflect:!0,attribute:"no-padding"})],nr.prototype,"noPadding",2);_h([u({type:Boolean,reflect:!0,attribute:"clip-text"})],nr.prototype,"clipText",2);nr=_h([P("uui-table-cell")],nr);var YP=Object.getOwnPropertyDescriptor,KP=(i,e,t,s)=>{for(var r=s>1?void 0:s?YP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let af=class extends O{};af.styles=[g`
      :host {
        display: table-column;
      }
    `];af=KP([P("uui-table-column")],af);var XP=Object.getOwnPropertyDescriptor,ZP=(i,e,t,s)=>{for(var r=s>1?void 0:s?XP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let lf=class extends nr{connectedCallback(){super.connectedCallback(),this.setAttribute("role","columnheader")}};lf.styles=[...nr.styles,g`
      :host {
        border-top: none;
      }
    `];lf=ZP([P("uui-table-head-cell")],lf);var JP=Object.getOwnPropertyDescriptor,QP=(i,e,t,s)=>{for(var r=s>1?void 0:s?JP(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let uf=class extends O{connectedCallback(){super.connectedCallback(),this.setAttribute("role","row")}render(){return c`<slot></slot>`}};uf.styles=[g`
      :host {
        display: table-header-group;
        font-weight: bold;
      }
    `];uf=QP([P("uui-table-head")],uf);var eS=Object.defineProperty,tS=Object.getOwnPropertyDescriptor,B_=(i,e,t,s)=>{for(var r=s>1?void 0:s?tS(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&eS(e,t,r),r};let bc=class extends ah(ko(O)){constructor(){super();let i=!1;this.addEventListener("blur",()=>{i===!1&&this.style.setProperty("--uui-show-focus-outline","1"),i=!1}),this.addEventListener("mousedown",()=>{this.style.setProperty("--uui-show-focus-outline","0"),i=!0}),this.addEventListener("mouseup",()=>{i=!1})}connectedCallback(){super.connectedCallback(),this.setAttribute("role","row")}updated(i){i.has("selectOnly")&&this.updateChildSelectOnly()}updateChildSelectOnly(){this.slotCellNodes&&this.slotCellNodes.forEach(i=>{i.disableChildInteraction!==void 0&&(i.disableChildInteraction=this.selectOnly)})}render(){return c` <slot @slotchanged=${this.updateChildSelectOnly}></slot> `}};bc.styles=[g`
      :host {
        display: table-row;
        position: relative;
        outline-offset: -3px;
        border-radius: var(--uui-border-radius,3px);
      }

      :host([selectable]) {
        cursor: pointer;
      }

      :host(:focus) {
        outline: calc(2px * var(--uui-show-focus-outline, 1)) solid
          var(--uui-color-focus,#3879ff);
      }
      :host([selected]) {
        outline: 2px solid
          var(--uui-table-row-color-selected, var(--uui-color-selected,#3544b1));
      }
      :host([selected]:focus) {
        outline-color: var(--uui-color-focus,#3879ff);
      }
    `];B_([Ts({flatten:!0,selector:"uui-table-cell, [uui-table-cell], [role=cell]"})],bc.prototype,"slotCellNodes",2);bc=B_([P("uui-table-row")],bc);var iS=Object.defineProperty,sS=Object.getOwnPropertyDescriptor,Lo=(i,e,t,s)=>{for(var r=s>1?void 0:s?sS(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&iS(e,t,r),r};let or=class extends Cl(Hi("",O)){constructor(){super(),this.disabled=!1,this.orientation="horizontal",this.addEventListener("click",this.onHostClick)}onHostClick(i){this.disabled&&(i.preventDefault(),i.stopImmediatePropagation())}render(){return this.href?c`
          <a
            id="button"
            href=${S(this.disabled?void 0:this.href)}
            target=${S(this.target||void 0)}
            rel=${S(this.rel||S(this.target==="_blank"?"noopener noreferrer":void 0))}
            role="tab">
            <slot name="icon"></slot>
            ${this.renderLabel()}
            <slot name="extra"></slot>
          </a>
        `:c`
          <button
            type="button"
            id="button"
            ?disabled=${this.disabled}
            role="tab">
            <slot name="icon"></slot>
            ${this.renderLabel()}
            <slot name="extra"></slot>
          </button>
        `}};or.styles=[g`
      :host {
        color: var(--uui-tab-text, var(--uui-color-interactive,#1b264f));
        font-family: inherit;
        width: fit-content;
      }

      #button {
        position: relative;
        box-sizing: border-box;
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        width: 100%;
        height: 100%;
        min-height: var(--uui-size-12,36px);
        min-width: 70px;
        padding: var(--uui-size-3,9px)
          var(--uui-tab-padding-horizontal, var(--uui-size-5,15px));
        border: none;
        font-size: inherit;
        background: none;
        color: inherit;
        cursor: pointer;
        font-family: inherit;

        /* for anchor tag: */
        text-decoration: none;
        line-height: normal;
      }

      :host([orientation='vertical']) #button {
        min-height: var(--uui-size-14,42px);
        padding: var(--uui-size-2,6px)
          var(--uui-tab-padding-horizontal, var(--uui-size-5,15px));
      }

      :host(:not([disabled])) #button:hover {
        color: var(--uui-tab-text-hover, var(--uui-color-default-emphasis,#3544b1));
      }

      :host(:not([disabled])) #button:active {
        box-shadow:
          inset 0 2px 4px rgba(0, 0, 0, 0.15),
          0 1px 2px rgba(0, 0, 0, 0.05);
      }

      :host([active]) {
        color: var(--uui-tab-text-active, unset);
      }

      :host([disabled]) #button {
        color: var(--uui-color-disabled-contrast,#c4c4c4);
        cursor: default;
      }

      #button::before {
        content: '';
        position: absolute;
        background-color: var(--uui-color-current,#f5c1bc);
        opacity: 0;
      }
      :host([active]) #button::before {
        opacity: 1;
      }

      /* HORIZONTAL */
      :host([orientation='horizontal']) #button::before {
        left: auto;
        right: auto;
        border-radius: var(--uui-border-radius,3px) var(--uui-border-radius,3px) 0 0;
        height: 0px;
        width: calc(100% - 14px);
        bottom: 0;
        transition:
          opacity linear 120ms,
          height ease-in-out 120ms;
      }
      :host([active][orientation='horizontal']) #button::before {
        height: 4px;
      }

      /* VERTICAL */
      :host([orientation='vertical']) #button::before {
        top: auto;
        bottom: auto;
        border-radius: 0 var(--uui-border-radius,3px) var(--uui-border-radius,3px) 0;
        height: calc(100% - 12px);
        width: 0px;
        left: 0;
        transition:
          opacity linear 120ms,
          width ease-in-out 120ms;
      }
      :host([active][orientation='vertical']) #button::before {
        width: 4px;
      }

      #button:hover::before {
        background-color: var(--uui-color-current-emphasis,rgb(
    248,
    214,
    211
  ));
      }
      :host([disabled]) #button::before {
        background-color: var(--uui-color-disabled-standalone,rgb(
    226,
    226,
    226
  ));
      }

      slot[name='icon']::slotted(*) {
        font-size: 20px;
        margin-bottom: var(--uui-size-2,6px);
      }

      slot.label {
        /* TODO: Find a better selector */
        text-align: center;
        display: flex;
        width: 100%;
        flex-direction: column;
      }

      :host([orientation='vertical']) slot.label {
        text-align: left;
      }
    `];Lo([u({type:Boolean,reflect:!0})],or.prototype,"disabled",2);Lo([u({type:String,reflect:!0})],or.prototype,"href",2);Lo([u({type:String,reflect:!0})],or.prototype,"target",2);Lo([u({type:String,reflect:!0})],or.prototype,"rel",2);Lo([u({type:String,reflect:!0})],or.prototype,"orientation",2);or=Lo([P("uui-tab")],or);var rS=Object.defineProperty,nS=Object.getOwnPropertyDescriptor,j_=i=>{throw TypeError(i)},No=(i,e,t,s)=>{for(var r=s>1?void 0:s?nS(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&rS(e,t,r),r},$m=(i,e,t)=>e.has(i)||j_("Cannot "+t),ee=(i,e,t)=>($m(i,e,"read from private field"),t?t.call(i):e.get(i)),Pi=(i,e,t)=>e.has(i)?j_("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(i):e.set(i,t),Ia=(i,e,t,s)=>($m(i,e,"write to private field"),e.set(i,t),t),gt=(i,e,t)=>($m(i,e,"access private method"),t),wh,Vi,ds,Yr,lo,gc,Qa,Oa,it,q_,H_,km,F_,uo,xh,W_,Tm,Uu,G_;let ar=class extends O{constructor(){super(...arguments),Pi(this,it),Pi(this,wh,0),this.dropdownContentDirection="vertical",Pi(this,Vi,[]),Pi(this,ds,[]),Pi(this,Yr,new Map),Pi(this,lo,[]),Pi(this,gc,new ResizeObserver(gt(this,it,H_).bind(this))),Pi(this,Qa,[]),Pi(this,Oa,!1),Pi(this,uo,i=>{const e=i.currentTarget,t=i.ctrlKey||i.metaKey;if(!(gt(this,it,G_).call(this,e)&&t)){if(e.classList.contains("hidden-tab")&&gt(this,it,Uu).call(this,e)){const s=ee(this,Yr).get(e);s&&(s.click(),this._moreButtonElement.classList.add("active-inside"),this._popoverContainerElement.hidePopover());return}if(gt(this,it,Uu).call(this,e)){e.active=!0;const s=ee(this,Yr).get(e);s&&(s.active=!0),[...ee(this,Vi),...ee(this,ds)].filter(o=>o!==e&&o!==s).forEach(o=>{gt(this,it,Uu).call(this,o)&&(o.active=!1)}),ee(this,ds).some(o=>o.active&&o!==s)?this._moreButtonElement.classList.add("active-inside"):this._moreButtonElement.classList.remove("active-inside")}}})}connectedCallback(){super.connectedCallback(),gt(this,it,q_).call(this)}disconnectedCallback(){super.disconnectedCallback(),ee(this,gc).unobserve(this),gt(this,it,km).call(this)}render(){return c`
      <div id="main">
        <div id="grid" role="tablist">
          <slot @slotchange=${gt(this,it,F_)}></slot>
        </div>
        <uui-button
          popovertarget="popover-container"
          style="display: none"
          id="more-button"
          label="More"
          compact>
          <uui-symbol-more></uui-symbol-more>
        </uui-button>
      </div>
      <uui-popover-container
        id="popover-container"
        popover
        placement="bottom-end">
        <div id="hidden-tabs-container" role="tablist">
          ${he(ee(this,ds),i=>c`${i}`)}
        </div>
      </uui-popover-container>
    `}};wh=new WeakMap;Vi=new WeakMap;ds=new WeakMap;Yr=new WeakMap;lo=new WeakMap;gc=new WeakMap;Qa=new WeakMap;Oa=new WeakMap;it=new WeakSet;q_=async function(){N(this,"uui-button"),N(this,"uui-popover-container"),N(this,"uui-symbol-more"),await this.updateComplete,ee(this,gc).observe(this._mainElement)};H_=function(i){const e=Number.parseFloat(this.style.getPropertyValue("--uui-tab-group-gap"));(Number.isNaN(e)?0:e)!==ee(this,wh)?gt(this,it,xh).call(this):gt(this,it,Tm).call(this,i[0].contentBoxSize[0].inlineSize)};km=function(){ee(this,Vi).forEach(i=>{i.removeEventListener("click",ee(this,uo)),ee(this,Qa).forEach(e=>e.disconnect())}),ee(this,Qa).length=0,ee(this,lo).length=0};F_=function(){gt(this,it,km).call(this),gt(this,it,W_).call(this),ee(this,Vi).forEach(i=>{i.addEventListener("click",ee(this,uo));const e=new ResizeObserver(gt(this,it,xh).bind(this));e.observe(i),ee(this,Qa).push(e)})};uo=new WeakMap;xh=async function(){if(ee(this,Oa))return;Ia(this,Oa,!0),requestAnimationFrame(()=>{Ia(this,Oa,!1)}),await this.updateComplete;const i=Number.parseFloat(this.style.getPropertyValue("--uui-tab-group-gap")),e=Number.isNaN(i)?0:i;Ia(this,wh,e);let t=0;for(let r=0;r<ee(this,Vi).length;r++)ee(this,Vi)[r].style.display="",t+=ee(this,Vi)[r].offsetWidth,ee(this,lo)[r]=t,t+=e;const s=2;this._mainElement.style.width=t-e+s+"px",gt(this,it,Tm).call(this,this._mainElement.offsetWidth)};W_=function(){Ia(this,Vi,this._slottedNodes?this._slottedNodes:[]),gt(this,it,xh).call(this)};Tm=function(i){const e=this._moreButtonElement.offsetWidth,t=i-(e||0);ee(this,ds).forEach(n=>{n.removeEventListener("click",ee(this,uo))}),Ia(this,ds,[]),ee(this,Yr).clear();let s=!1;const r=ee(this,lo).length;for(let n=0;n<r;n++){const o=ee(this,lo)[n],a=ee(this,Vi)[n];if(o<=(n===r-1?i:t))a.style.display="";else{const l=a.cloneNode(!0);l.addEventListener("click",ee(this,uo)),l.classList.add("hidden-tab"),l.style.display="",l.orientation=this.dropdownContentDirection,ee(this,Yr).set(l,a),ee(this,Yr).set(a,l),ee(this,ds).push(l),a.style.display="none",a.active&&(s=!0)}}ee(this,ds).length===0?(this._moreButtonElement.style.display="none",this._popoverContainerElement.hidePopover()):this._moreButtonElement.style.display="",s?this._moreButtonElement.classList.add("active-inside"):this._moreButtonElement.classList.remove("active-inside"),this.requestUpdate()};Uu=function(i){return typeof i=="object"&&"active"in i&&typeof i.active=="boolean"};G_=function(i){return typeof i=="object"&&"href"in i&&typeof i.href=="string"&&i.href};ar.styles=[g`
      :host {
        min-width: 0;
        display: flex;
        height: 100%;
      }

      #main {
        display: flex;
        justify-content: space-between;
        overflow: hidden;
      }

      #grid {
        width: 1fr;
        display: flex;
        height: 100%;
        min-height: 48px;
        overflow: hidden;
        text-wrap: nowrap;
        color: var(--uui-tab-text);
        gap: var(--uui-tab-group-gap, 0);
      }

      #popover-container {
        --uui-tab-text: var(--uui-tab-group-dropdown-tab-text, unset);
        --uui-tab-text-hover: var(
          --uui-tab-group-dropdown-tab-text-hover,
          unset
        );
        --uui-tab-text-active: var(
          --uui-tab-group-dropdown-tab-text-active,
          unset
        );
      }

      ::slotted(*:not(:last-of-type)) {
        border-right: 1px solid var(--uui-tab-divider, none);
      }

      .hidden-tab {
        width: 100%;
      }

      #hidden-tabs-container {
        width: fit-content;
        display: flex;
        flex-direction: column;
        background-color: var(
          --uui-tab-group-dropdown-background,
          var(--uui-color-surface,#fff)
        );
        border-radius: var(--uui-border-radius,3px);
        box-shadow: var(--uui-shadow-depth-3,0 10px 20px rgba(0,0,0,0.19) , 0 6px 6px rgba(0,0,0,0.23));
        overflow: hidden;
      }
      :host([dropdown-direction='horizontal']) #hidden-tabs-container {
        flex-direction: row;
      }

      #more-button {
        position: relative;

        --uui-button-contrast: var(--uui-tab-text);
        --uui-button-contrast-hover: var(--uui-tab-text-hover);
        --uui-button-background-color: transparent;
        --uui-button-background-color-hover: transparent;
      }
      #more-button::before {
        content: '';
        position: absolute;
        bottom: 0;
        width: 100%;
        background-color: var(--uui-color-current,#f5c1bc);
        height: 0px;
        border-radius: 3px 3px 0 0;
        opacity: 0;
        transition:
          opacity ease-in 120ms,
          height ease-in 120ms;
      }
      #more-button.active-inside::before {
        opacity: 1;
        height: 4px;
        transition:
          opacity 120ms,
          height ease-out 120ms;
      }
    `];No([K("#more-button")],ar.prototype,"_moreButtonElement",2);No([K("#popover-container")],ar.prototype,"_popoverContainerElement",2);No([K("#main")],ar.prototype,"_mainElement",2);No([Ts({flatten:!0,selector:"uui-tab, [uui-tab], [role=tab]"})],ar.prototype,"_slottedNodes",2);No([u({type:String,reflect:!0,attribute:"dropdown-content-direction"})],ar.prototype,"dropdownContentDirection",2);ar=No([P("uui-tab-group")],ar);var oS=Object.defineProperty,aS=Object.getOwnPropertyDescriptor,Pm=(i,e,t,s)=>{for(var r=s>1?void 0:s?aS(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&oS(e,t,r),r};let el=class extends O{constructor(){super(...arguments),this.color="default",this.look="primary"}render(){return c`<slot></slot>`}};el.styles=[g`
      :host {
        display: inline-block;
        font-size: var(--uui-tag-font-size, var(--uui-type-small-size,12px));
        font-weight: 700;
        line-height: 1;
        padding: var(
          --uui-tag-padding,
          var(--uui-size-space-1,3px) calc(var(--uui-size-space-1,3px) + 0.5em)
        );
        border-radius: 100px;
        user-select: none;
        border-radius: var(--uui-tag-border-radius, var(--uui-size-4,12px));
        border: 1px solid var(--uui-tag-border-color, transparent);
      }

      slot {
        display: block;
        align-content: center;
        margin: 2px;
      }

      :host {
        --color: var(--uui-color-default,#1b264f);
        --color-standalone: var(--uui-color-default-standalone,rgb(
    28,
    35,
    59
  ));
        --color-contrast: var(--uui-color-default-contrast,#fff);
      }
      :host([color='positive']) {
        --color: var(--uui-color-positive,#0b8152);
        --color-standalone: var(--uui-color-positive-standalone,rgb(
    10,
    115,
    73
  ));
        --color-contrast: var(--uui-color-positive-contrast,#fff);
      }
      :host([color='warning']) {
        --color: var(--uui-color-warning,#fbd142);
        --color-standalone: var(--uui-color-warning-standalone,#a17700);
        --color-contrast: var(--uui-color-warning-contrast,#000);
      }
      :host([color='danger']) {
        --color: var(--uui-color-danger,#c31d4c);
        --color-standalone: var(--uui-color-danger-standalone,rgb(
    174,
    30,
    71
  ));
        --color-contrast: var(--uui-color-danger-contrast,white);
      }
      :host([color='invalid']) {
        --color: var(--uui-color-invalid,#c31d4c);
        --color-standalone: var(--uui-color-invalid-standalone,rgb(
    174,
    30,
    71
  ));
        --color-contrast: var(--uui-color-invalid-contrast,white);
      }

      :host {
        background-color: var(--uui-color-surface,#fff);
        color: var(--color-standalone);
        border-color: transparent;
      }
      :host([look='primary']) {
        background-color: var(--color);
        color: var(--color-contrast);
        border-color: transparent;
      }
      :host([look='secondary']) {
        background-color: var(--uui-color-surface-alt,#f3f3f5);
        color: var(--color-standalone);
        border-color: transparent;
      }
      :host([look='outline']) {
        background-color: transparent;
        color: var(--color-standalone);
        border-color: var(--color-standalone);
      }
      :host([look='placeholder']) {
        border-style: dashed;
        background-color: transparent;
        color: var(--color-standalone);
        border-color: var(--uui-color-border-standalone,#c2c2c2);
      }
    `];Pm([u({reflect:!0})],el.prototype,"color",2);Pm([u({reflect:!0})],el.prototype,"look",2);el=Pm([P("uui-tag")],el);class dv extends le{static{this.CHANGE="change"}static{this.INPUT="input"}constructor(e,t={}){super(e,{bubbles:!0,...t})}}var lS=Object.defineProperty,uS=Object.getOwnPropertyDescriptor,pt=(i,e,t,s)=>{for(var r=s>1?void 0:s?uS(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&lS(e,t,r),r};let je=class extends Fi(O,""){constructor(){super(),this.placeholder="",this.disabled=!1,this.readonly=!1,this.name="",this.error=!1,this.minlengthMessage=i=>`${i} characters left`,this.maxlengthMessage=(i,e)=>`Maximum ${i} characters, ${e-i} too many.`,this.autoHeight=!1,this._autoHeightRafId=null,this.addEventListener("mousedown",()=>{this.style.setProperty("--uui-show-focus-outline","0")}),this.addEventListener("blur",()=>{this.style.setProperty("--uui-show-focus-outline","")}),this.addValidator("tooShort",()=>{const i=this.minlengthMessage;return typeof i=="function"?i(this.minlength?this.minlength-String(this.value).length:0):i},()=>!!this.minlength&&String(this.value).length<this.minlength),this.addValidator("tooLong",()=>{const i=this.maxlengthMessage;return typeof i=="function"?i(this.maxlength??0,String(this.value).length):i},()=>!!this.maxlength&&String(this.value).length>this.maxlength)}set value(i){const e=super.value;super.value=i,this.autoHeight&&this.isConnected&&e!==i&&(this._autoHeightRafId!==null&&cancelAnimationFrame(this._autoHeightRafId),this._autoHeightRafId=requestAnimationFrame(()=>{this._autoHeightRafId=null,this.autoUpdateHeight()}))}get value(){return String(super.value)}connectedCallback(){super.connectedCallback(),this.label||console.warn(this.tagName+" needs a `label`",this),this.autoHeight&&requestAnimationFrame(()=>{this.autoUpdateHeight()})}async focus(){await this.updateComplete,this._textarea.focus()}async blur(){await this.updateComplete,this._textarea.blur()}async click(){await this.updateComplete,this._textarea.click()}getFormElement(){return this._textarea}onInput(i){this.value=i.target.value}onChange(i){i.stopPropagation(),this.pristine=!1,this.dispatchEvent(new dv(dv.CHANGE))}autoUpdateHeight(){const i=this.shadowRoot.host,e=this._textarea,t=i.scrollTop,s=getComputedStyle(i).height;i.style.display="block",i.style.height=s,e.style.height="auto",e.scrollHeight+2>e.clientHeight?e.style.height=e.scrollHeight+2+"px":e.scrollHeight+2<e.clientHeight&&e.style.removeProperty("height"),i.style.removeProperty("display"),i.style.removeProperty("height"),i.scrollTop=t}render(){return c`
      <textarea
        id="textarea"
        rows=${S(this.rows)}
        cols=${S(this.cols)}
        .value=${String(this.value)}
        .name=${this.name}
        wrap=${S(this.wrap)}
        placeholder=${this.placeholder}
        aria-label=${this.label}
        .disabled=${this.disabled}
        ?readonly=${this.readonly}
        @input=${this.onInput}
        @change=${this.onChange}>
      </textarea>
    `}};je.formAssociated=!0;je.styles=[g`
      :host {
        position: relative;
      }
      :host([error]) textarea,
      :host([error]) textarea[disabled] {
        border: 1px solid var(--uui-color-invalid,#c31d4c) !important;
      }
      :host(:not([pristine]):invalid) textarea,
      /* polyfill support */
      :host(:not([pristine])[internals-invalid]) textarea {
        border-color: var(--uui-color-invalid,#c31d4c);
      }
      :host([auto-height]) textarea {
        resize: none;
      }

      .label {
        display: inline-block;
        margin-bottom: var(--uui-size-1,3px);
        font-weight: bold;
      }

      textarea[readonly] {
        border-color: var(
          --uui-textarea-border-color-readonly,
          var(--uui-color-disabled-standalone,rgb(
    226,
    226,
    226
  ))
        );
        background-color: var(
          --uui-textarea-background-color-readonly,
          var(--uui-color-disabled,#f3f3f5)
        );
      }
      textarea[disabled] {
        cursor: not-allowed;
        background-color: var(
          --uui-textarea-background-color-disabled,
          var(--uui-color-disabled,#f3f3f5)
        );
        border-color: var(
          --uui-textarea-border-color-disabled,
          var(--uui-color-disabled,#f3f3f5)
        );

        color: var(--uui-color-disabled-contrast,#c4c4c4);
      }

      textarea {
        color: var(--uui-color-text,#060606);
        font-family: inherit;
        line-height: var(--uui-size-6,18px);
        box-sizing: border-box;
        min-width: 100%;
        max-width: 100%;
        font-size: inherit;
        padding: var(--uui-size-2,6px);
        border: 1px solid
          var(--uui-textarea-border-color, var(--uui-color-border,#d8d7d9)); /** Note: Specified border size is needed and hardcoded in autoUpdateHeight() */
        border-radius: var(--uui-border-radius,3px);
        outline: none;
        min-height: var(--uui-textarea-min-height);
        max-height: var(--uui-textarea-max-height);
        background-color: var(
          --uui-textarea-background-color,
          var(--uui-color-surface,#fff)
        );
      }
      :host(:hover)
        textarea:not([readonly]):not([disabled])
        :host(:focus-within)
        textarea,
      :host(:focus) textarea {
        border-color: var(
          --uui-textarea-border-color,
          var(--uui-color-border-emphasis,#a1a1a1)
        );
      }
      textarea:focus {
        outline: calc(2px * var(--uui-show-focus-outline, 1)) solid
          var(--uui-color-focus,#3879ff);
      }
    `];pt([u()],je.prototype,"placeholder",2);pt([u({type:Boolean,reflect:!0})],je.prototype,"disabled",2);pt([u({type:Boolean,reflect:!0})],je.prototype,"readonly",2);pt([u({type:String})],je.prototype,"name",2);pt([u({type:Boolean,reflect:!0})],je.prototype,"error",2);pt([u({type:Number})],je.prototype,"minlength",2);pt([u({attribute:"minlength-message"})],je.prototype,"minlengthMessage",2);pt([u({type:Number})],je.prototype,"maxlength",2);pt([u({attribute:"maxlength-message"})],je.prototype,"maxlengthMessage",2);pt([K("#textarea")],je.prototype,"_textarea",2);pt([u({type:Boolean,attribute:"auto-height",reflect:!0})],je.prototype,"autoHeight",2);pt([u({type:String})],je.prototype,"label",2);pt([u({type:Number})],je.prototype,"rows",2);pt([u({type:Number})],je.prototype,"cols",2);pt([u({type:String})],je.prototype,"wrap",2);je=pt([P("uui-textarea")],je);class Ii extends le{static{this.OPENING="opening"}static{this.OPENED="opened"}static{this.CLOSING="closing"}static{this.CLOSED="closed"}}var cS=Object.defineProperty,hS=Object.getOwnPropertyDescriptor,zo=(i,e,t,s)=>{for(var r=s>1?void 0:s?hS(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&cS(e,t,r),r};let lr=class extends O{constructor(){super(),this.color="",this._autoClose=null,this._onOpenTimerComplete=()=>{this._open&&(this.open=!1)},this._timer=null,this._pauseTimer=!1,this.isOpen=!1,this._open=!1,this._animate=!1,this._requestAnimationUpdate=0,this.addEventListener("keyup",i=>{i.key==="Escape"&&(this.open=!1)})}get autoClose(){return this._autoClose}set autoClose(i){this._autoClose=i,i!==null?(this._timer===null?this._timer=new N2(this._onOpenTimerComplete,i):this._timer.setDuration(i),this._pauseTimer===!1&&this.isOpen===!0&&this._animate===!1&&this._timer.start()):(this._timer?.destroy(),this._timer=null)}pauseAutoClose(){this._pauseTimer=!0,this._timer!==null&&this._timer.pause()}resumeAutoClose(){this._pauseTimer=!1,this._timer!==null&&this.isOpen===!0&&this._animate===!1&&this._timer.restart()}get open(){return this._open}set open(i){i===!0?this._makeOpen():this._makeClose()}connectedCallback(){super.connectedCallback(),N(this,"uui-button"),N(this,"uui-icon")}_getAnimationDuration(){return parseInt(getComputedStyle(this).getPropertyValue("--uui-toast-notification-animation-duration"),10)||480}_makeOpen(){this._open!==!0&&(this._open=!0,this.updateComplete.then(()=>{this._open===!0&&(cancelAnimationFrame(this._requestAnimationUpdate),this._requestAnimationUpdate=requestAnimationFrame(()=>{clearTimeout(this._animationTimeout),this.isOpen=!0,this.setAttribute("is-open",""),this.style.height=this._toastEl.getBoundingClientRect().height+"px",this._animate=!0,this.dispatchEvent(new Ii(Ii.OPENING)),this._animationTimeout=window.setTimeout(()=>{this.isOpen===!0&&(this.style.height="auto",this._animate=!1,this._pauseTimer===!1&&this._timer?.start(),this.dispatchEvent(new Ii(Ii.OPENED)))},this._getAnimationDuration())}))}))}_makeClose(){if(this._open===!1)return;const i=new Ii(Ii.CLOSING,{cancelable:!0});this.dispatchEvent(i),i.defaultPrevented!==!0&&(this._open=!1,this._timer?.pause(),cancelAnimationFrame(this._requestAnimationUpdate),this.isOpen===!0&&(this._requestAnimationUpdate=requestAnimationFrame(()=>{clearTimeout(this._animationTimeout),this.isOpen=!1,this.removeAttribute("is-open"),this.style.height=this._toastEl.getBoundingClientRect().height+"px",this._animate=!0,requestAnimationFrame(()=>{this.style.height="0"}),this._animationTimeout=window.setTimeout(()=>{this.isOpen===!1&&(this._animate=!1,this.dispatchEvent(new Ii(Ii.CLOSED)),this.parentNode&&this.parentNode.removeChild(this))},this._getAnimationDuration())})))}render(){return c`
      <div id="toast" class=${this._animate?"animate":""}>
        <div>
          <div id="close">
            <uui-button
              .label=${"close"}
              .color=${this.color}
              .look=${this.color?"primary":"default"}
              @click=${()=>this.open=!1}>
              <uui-icon
                name="remove"
                .fallback=${Jf.strings[0]}></uui-icon>
            </uui-button>
          </div>
          <slot></slot>
        </div>
      </div>
    `}};lr.styles=[Co,g`
      :host {
        --uui-toast-notification-margin: var(--uui-size-space-2,6px);

        position: relative;
        display: block;
        width: 100%;
        max-width: 400px;
        margin: 0 var(--uui-toast-notification-margin);
        box-sizing: border-box;

        height: 0;
        pointer-events: none;

        transition: height
          var(--uui-toast-notification-animation-duration, 480ms) ease-in-out;
      }
      :host([is-open]) {
        pointer-events: all;
        transition-timing-function: cubic-bezier(
          0.19,
          1,
          0.22,
          1
        ); /* easeOutExpo */
      }

      #toast {
        position: relative;
        display: block;
        padding: calc(var(--uui-toast-notification-margin) * 0.5) 0;
        width: 100%;
        max-width: 400px;
      }
      #toast.animate {
        position: absolute;
      }

      #toast > div {
        position: relative;
        display: block;

        box-sizing: border-box;
        box-shadow: var(--uui-shadow-depth-1,0 1px 3px rgba(0,0,0,0.12) , 0 1px 2px rgba(0,0,0,0.24));
        background-color: var(--uui-color-surface,#fff);
        padding: var(--uui-size-layout-1,24px);
        padding-right: var(--uui-size-layout-1,24px);
        padding-left: var(--uui-size-layout-3,42px);
        border-radius: calc(var(--uui-border-radius,3px) * 2);

        opacity: 0;
        transition: opacity
          var(--uui-toast-notification-animation-duration, 480ms);
      }
      :host([is-open]) #toast > div {
        opacity: 1;
      }

      #close {
        float: right;
        margin-top: -6px;
        margin-left: var(--uui-size-space-1,3px);
        margin-bottom: -4px;
      }

      #close > uui-button {
        --uui-button-border-radius: 50px 50px 50px 50px;
        --uui-button-padding-left-factor: 1.5;
        --uui-button-padding-right-factor: 1.5;
      }

      :host #toast > div {
        background-color: var(--uui-color-surface,#fff);
        color: var(--uui-color-text,#060606);
        border-color: var(--uui-color-surface,#fff);
      }
      :host([color='default']) #toast > div {
        background-color: var(--uui-color-default,#1b264f);
        color: var(--uui-color-default-contrast,#fff);
        border-color: var(--uui-color-default-standalone,rgb(
    28,
    35,
    59
  ));
      }
      :host([color='positive']) #toast > div {
        background-color: var(--uui-color-positive,#0b8152);
        color: var(--uui-color-positive-contrast,#fff);
        border-color: var(--uui-color-positive-standalone,rgb(
    10,
    115,
    73
  ));
      }
      :host([color='warning']) #toast > div {
        background-color: var(--uui-color-warning,#fbd142);
        color: var(--uui-color-warning-contrast,#000);
        border-color: var(--uui-color-warning-standalone,#a17700);
      }
      :host([color='danger']) #toast > div {
        background-color: var(--uui-color-danger,#c31d4c);
        color: var(--uui-color-danger-contrast,white);
        border-color: var(--uui-color-danger-standalone,rgb(
    174,
    30,
    71
  ));
      }
      :host([color='invalid']) #toast > div {
        background-color: var(--uui-color-invalid,#c31d4c);
        color: var(--uui-color-invalid-contrast,white);
        border-color: var(--uui-color-invalid-standalone,rgb(
    174,
    30,
    71
  ));
      }
    `];zo([u({reflect:!0})],lr.prototype,"color",2);zo([u({type:Number})],lr.prototype,"autoClose",1);zo([K("#toast")],lr.prototype,"_toastEl",2);zo([m()],lr.prototype,"_animate",2);zo([u({type:Boolean,reflect:!0})],lr.prototype,"open",1);lr=zo([P("uui-toast-notification")],lr);var dS=Object.defineProperty,pS=Object.getOwnPropertyDescriptor,Y_=(i,e,t,s)=>{for(var r=s>1?void 0:s?pS(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&dS(e,t,r),r};let vc=class extends O{constructor(){super(...arguments),this._autoClose=null,this._autoClosePause=!1,this.pauseAutoClose=()=>{this._autoClosePause=!0,this._toasts?.forEach(i=>i.pauseAutoClose())},this.resumeAutoClose=()=>{this.matches(":focus-within:not(:focus)")===!1&&(this._autoClosePause=!1,this._toasts?.forEach(i=>i.resumeAutoClose()))},this.onToastClosed=i=>{this.removeToast(i.target)},this._toasts=[],this.onSlotChanged=i=>{const e=[...this._toasts];this._toasts=i.target.assignedElements({flatten:!0}).filter(r=>r.nodeName==="UUI-TOAST-NOTIFICATION"),e.filter(r=>this._toasts.indexOf(r)===-1).forEach(r=>{r.removeEventListener(Ii.CLOSED,this.onToastClosed),r.removeEventListener("mouseenter",this.pauseAutoClose),r.removeEventListener("mouseleave",this.resumeAutoClose),r.removeEventListener("focus",this.pauseAutoClose),r.removeEventListener("blur",this.resumeAutoClose)}),this._toasts.filter(r=>e.indexOf(r)===-1).forEach(r=>{r.addEventListener(Ii.CLOSED,this.onToastClosed),r.addEventListener("mouseenter",this.pauseAutoClose),r.addEventListener("mouseleave",this.resumeAutoClose),r.addEventListener("focus",this.pauseAutoClose),r.addEventListener("blur",this.resumeAutoClose),this._autoClose&&(r.autoClose=this._autoClose),this._autoClosePause===!0&&r.pauseAutoClose(),r.open=!0})}}get autoClose(){return this._autoClose}set autoClose(i){this._autoClose=i,this._toasts?.forEach(e=>e.autoClose=i)}removeToast(i){if(!i)i=this._toasts[this._toasts.length-1];else if(this._toasts.indexOf(i)===-1){console.warn("Toast-notification",i,"could not be removed as it is not a child of this toast-notification-container",this);return}this.removeChild(i)}closeToast(i){let e=i;e||(e=this._toasts[this._toasts.length-1]),e.open=!1}render(){return c` <slot @slotchange=${this.onSlotChanged}></slot> `}};vc.styles=[g`
      :host {
        position: absolute;
        overflow: hidden;
        max-width: 100%;
        height: 100%;

        pointer-events: none;
        box-sizing: border-box;
      }

      slot {
        display: flex;
        flex-direction: column;
        align-items: end;

        height: 100%;
        box-sizing: border-box;

        padding-top: var(--uui-size-space-1,3px);
        padding-bottom: var(--uui-size-space-1,3px);
      }
      :host([bottom-up]) slot {
        justify-content: end;
      }
      :host([left-align]) slot {
        align-items: start;
      }
    `];Y_([u({type:Number,reflect:!0,attribute:"auto-close"})],vc.prototype,"_autoClose",2);vc=Y_([P("uui-toast-notification-container")],vc);var fS=Object.defineProperty,mS=Object.getOwnPropertyDescriptor,Sm=(i,e,t,s)=>{for(var r=s>1?void 0:s?mS(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&fS(e,t,r),r};let tl=class extends O{constructor(){super(...arguments),this.headline="",this._headlineSlotHasContent=!1,this._headlineSlotChanged=i=>{this._headlineSlotHasContent=i.target.assignedNodes({flatten:!0}).length>0}}render(){return c`
      <div id="message" class="uui-text">
        <h5
          style=${this._headlineSlotHasContent||this.headline&&this.headline!==""?"":"display: none"}>
          ${this.headline}
          <slot name="headline" @slotchange=${this._headlineSlotChanged}></slot>
        </h5>
        <slot></slot>
        <slot id="actions" name="actions"></slot>
      </div>
    `}};tl.styles=[Co,g`
      #message {
        margin-bottom: calc(var(--uui-size-space-1,3px) * -1);
      }
      #message::after {
        content: '';
        display: block;
        clear: both;
      }
      #actions {
        /*
        display: flex;
        width: 100%;
        justify-content: flex-end;
        */
        display: block;
        float: right;

        margin-top: var(--uui-size-space-4,12px);
        margin-bottom: calc(var(--uui-size-space-2,6px) * -1);
      }
    `];Sm([u({type:String})],tl.prototype,"headline",2);Sm([m()],tl.prototype,"_headlineSlotHasContent",2);tl=Sm([P("uui-toast-notification-layout")],tl);var bS=Object.getOwnPropertyDescriptor,gS=(i,e,t,s)=>{for(var r=s>1?void 0:s?bS(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let yc=class extends Wi{constructor(){super("switch")}renderCheckbox(){return c`
      <div id="toggle">
        <div id="icon-checked">${ch}</div>
        <div id="icon-unchecked">${Jf}</div>
      </div>
    `}};yc.formAssociated=!0;yc.styles=[...Wi.styles,lh,g`
      :host {
        --uui-toggle-size: 18px;
        --uui-toggle-switch-width: calc(2 * var(--uui-toggle-size));
      }

      #toggle {
        position: relative;
        grid-area: 'input';
        display: flex;
        align-items: center;

        flex-shrink: 0;

        width: var(--uui-toggle-switch-width);
        height: var(--uui-toggle-size);
        border-radius: 100px;

        background-color: var(
          --uui-toggle-background-color,
          var(--uui-color-border,#d8d7d9)
        );
        border: 1px solid
          var(--uui-toggle-border-color, var(--uui-color-border-standalone,#c2c2c2));
        font-size: calc(var(--uui-toggle-size) * 0.6);
      }

      label:hover input:not([disabled]) ~ #toggle {
        border-color: var(
          --uui-toggle-border-color-hover,
          var(--uui-color-border-emphasis,#a1a1a1)
        );
        background-color: var(
          --uui-toggle-background-color-hover,
          var(--uui-color-border,#d8d7d9)
        );
      }

      label:focus #toggle {
        border-color: var(
          --uui-toggle-border-color-focus,
          var(--uui-color-focus,#3879ff)
        );
        background-color: var(
          --uui-toggle-background-color-focus,
          var(--uui-color-surface-emphasis,rgb(
    250,
    250,
    250
  ))
        );
      }

      input:checked ~ #toggle {
        background-color: var(--uui-color-selected,#3544b1);
      }

      label:hover input:checked:not([disabled]) ~ #toggle {
        background-color: var(--uui-color-selected-emphasis,rgb(
    70,
    86,
    200
  ));
      }

      label:focus input:checked ~ #toggle {
        background-color: var(--uui-color-selected-emphasis,rgb(
    70,
    86,
    200
  ));
      }

      #icon-checked,
      #icon-unchecked {
        position: absolute;
        vertical-align: middle;
        width: 1em;
        height: 1em;
        line-height: 0;
        transition: color 120ms;
      }

      #icon-checked {
        margin-left: -0.5em;
        left: calc((var(--uui-toggle-size) + 1px) * 0.5);
        color: var(--uui-color-interactive,#1b264f);
      }

      #icon-unchecked {
        margin-right: -0.5em;
        right: calc((var(--uui-toggle-size) + 1px) * 0.5);
        color: var(--uui-color-interactive,#1b264f);
      }

      input:checked ~ #toggle #icon-checked {
        color: var(--uui-color-selected-contrast,#fff);
      }

      #toggle::after {
        content: '';
        position: absolute;
        top: 2px;
        left: 2px;
        width: calc(var(--uui-toggle-size) - 4px);
        height: calc(var(--uui-toggle-size) - 4px);
        border-radius: 100px;
        background-color: var(--uui-color-selected-contrast,#fff);
        transition:
          width 120ms ease,
          left 120ms ease,
          transform 120ms ease,
          background-color 120ms;
      }

      input:checked ~ #toggle::after {
        left: calc(100% - 2px);
        transform: translateX(-100%);
      }

      input:focus ~ #toggle {
        outline: calc(2px * var(--uui-show-focus-outline, 1)) solid
          var(--uui-color-focus,#3879ff);
      }

      :host(:not([disabled], [readonly])) label:active #toggle::after {
        /** Stretch when mouse down */
        width: calc(1.06 * var(--uui-toggle-size));
      }

      :host([disabled]) #toggle {
        background-color: var(--uui-color-disabled-standalone,rgb(
    226,
    226,
    226
  ));
      }
      :host([disabled]) input:checked ~ #toggle {
        background-color: var(--uui-color-disabled-contrast,#c4c4c4);
      }
      :host([disabled]) #toggle::after {
        background-color: var(--uui-color-disabled,#f3f3f5);
      }
      :host([disabled]) #toggle #icon-unchecked {
        color: var(--uui-color-disabled-contrast,#c4c4c4);
      }
      :host([disabled]) label:active #toggle {
        animation: ${uh};
      }
      :host([disabled]) input:checked #toggle #icon-checked {
        color: var(--uui-color-disabled-contrast,#c4c4c4);
      }

      :host(:not([pristine]):invalid) #toggle,
      :host(:not([pristine]):invalid) label:hover #toggle,
      /* polyfill support */
      :host(:not([pristine])[internals-invalid]) #toggle,
      :host(:not([pristine])[internals-invalid]) label:hover #toggle {
        border: 1px solid var(--uui-color-invalid-standalone,rgb(
    174,
    30,
    71
  ));
      }
    `];yc=gS([P("uui-toggle")],yc);var vS=Object.getOwnPropertyDescriptor,yS=(i,e,t,s)=>{for(var r=s>1?void 0:s?vS(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=o(r)||r);return r};let cf=class extends O{render(){return c`<slot></slot>`}};cf.styles=[g`
      :host(:not(:focus-within)) {
        position: absolute !important;
        width: 1px !important;
        height: 1px !important;
        clip: rect(0 0 0 0) !important;
        clip-path: inset(50%) !important;
        border: none !important;
        overflow: hidden !important;
        white-space: nowrap !important;
        padding: 0 !important;
      }
    `];cf=yS([P("uui-visually-hidden")],cf);const K_=i=>{class e extends i{#e=[];#t=!1;getHostElement(){}hasUmbController(s){return this.#e.indexOf(s)!==-1}getUmbControllers(s){return this.#e.filter(s)}addUmbController(s){this.#e.indexOf(s)===-1&&(this.removeUmbControllerByAlias(s.controllerAlias),this.#e.push(s),this.#t&&Promise.resolve().then(()=>{this.#t&&this.#e.includes(s)&&s.hostConnected()}))}removeUmbController(s){const r=this.#e.indexOf(s);r!==-1&&(this.#e.splice(r,1),this.#t&&s.hostDisconnected(),s.destroy())}removeUmbControllerByAlias(s){s&&this.#e.forEach(r=>{r.controllerAlias===s&&this.removeUmbController(r)})}hostConnected(){this.#t=!0,this.#e.forEach(s=>s.hostConnected())}hostDisconnected(){this.#t=!1,this.#e.forEach(s=>s.hostDisconnected())}destroy(){let s,r=null;for(;s=this.#e[0];){if(s.destroy(),s===r)throw new Error(`Controller with controller alias: '${s.controllerAlias?.toString()}' and class name: '${s.constructor.name}', does not remove it self when destroyed. This can cause memory leaks. Please fix this issue.\r
This usually occurs when you have a destroy() method that doesn't call super.destroy().`);r=s}this.#e.length=0,this.#t=!1}}return e},_S=i=>{class e extends K_(i){getHostElement(){return this}connectedCallback(){super.connectedCallback?.(),this.hostConnected()}disconnectedCallback(){super.disconnectedCallback?.(),this.hostDisconnected()}}return e};class wS extends Event{constructor(e){super(e,{bubbles:!1,composed:!1,cancelable:!1})}}const co="umb:context-provide";class Eh extends Event{constructor(e){super(co,{bubbles:!0,composed:!0}),this.contextAlias=e}clone(){return new Eh(this.contextAlias)}}const xS=i=>i.type===co,_c="umb:context-unprovided";class ES extends Event{constructor(e,t){super(_c,{bubbles:!0,composed:!0}),this.contextAlias=e,this.instance=t}}const CS=i=>i.type===_c,Kr="umb:context-request",Qd="umb:debug-contexts";class Am extends Event{constructor(e,t,s,r=!0){super(Kr,{bubbles:!0,composed:!0,cancelable:!0}),this.contextAlias=e,this.apiAlias=t,this.callback=s,this.stopAtContextMatch=r}clone(){return new Am(this.contextAlias,this.apiAlias,this.callback,this.stopAtContextMatch)}}class $S{#e;#t;#i;#s;#r;#n;#o;#a;#l;get instance(){return this.#l}#c;#u;#d;constructor(e,t,s){this.#i=!0,this._onResponse=n=>{if(this.#l===n)return this.#h(),!0;if(n===void 0)throw new Error("Not allowed to set context api instance to undefined.");if(this.#d){if(this.#d(n))return this.setInstance(n),!0}else return this.setInstance(n),!0;return!1},this.#p=window,this.#b=n=>{xS(n)&&this.#c===n.contextAlias&&this.request()},this.#y=n=>{CS(n)&&this.#c===n.contextAlias&&n.instance===this.#l&&this.#w()},typeof e=="function"?this._retrieveHost=e:this._retrieveHost=()=>e;const r=t.toString().split("#");this.#c=r[0],this.#u=r[1]??"default",this.#s=s,this.#d=t.getDiscriminator?.()}getHostElement(){return this._retrieveHost()}skipHost(){return this.#t=!0,this}passContextAliasMatches(){return this.#i=!1,this}async setInstance(e){this.#l=e,this.#m(e.getHostElement()),await this.#s?.(e),this.#h()}#h(){this.#o&&this.#l!==void 0&&(this.#o(this.#l),this.#r=void 0,this.#n=void 0,this.#o=void 0,this.#a=void 0),this.#s||this.destroy()}#f(){if(this.#a){const e=this._retrieveHost();this.#a?.(`Context could not be found. (Context Alias: ${this.#c} with API Alias: ${this.#u}). Controller is hosted on ${e?.parentNode?.nodeName??"Not attached node"} > ${e?.nodeName}`),this.#r=void 0,this.#n=void 0,this.#o=void 0,this.#a=void 0}this.#s||this.destroy()}asPromise(e){return this.#r??(this.#r=new Promise((t,s)=>{this.#l?(this.#n=void 0,this.#o=void 0,this.#a=void 0,t(this.#l)):(this.#n=e,this.#o=t,this.#a=s)}))}request(){this.#e!==void 0&&cancelAnimationFrame(this.#e);const e=this._retrieveHost();if(e&&!e.isConnected){console.warn("UmbContextConsumer: Attempting to request context on disconnected element",e);return}const t=new Am(this.#c,this.#u,this._onResponse,this.#i);(this.#t?e?.parentNode:e)?.dispatchEvent(t),this.#o&&this.#n?.preventTimeout!==!0&&(this.#e=requestAnimationFrame(()=>{this.#f(),this.#e=void 0}))}hostConnected(){this.#g(),this.request()}hostDisconnected(){if(this.#e!==void 0&&(cancelAnimationFrame(this.#e),this.#e=void 0),this.#w(),this.#a){const e=this._retrieveHost();this.#a(`Context request was cancelled, host was disconnected. (Context Alias: ${this.#c} with API Alias: ${this.#u}). Controller is hosted on ${e?.parentNode?.nodeName??"Not attached node"} > ${e?.nodeName}`)}this.#r=void 0,this.#n=void 0,this.#o=void 0,this.#a=void 0,this.#v(),this.#p=window}#p;#m(e){this.#v(),this.#p=e??window,this.#g()}#g(){this.#p.addEventListener(co,this.#b),this.#p.addEventListener(_c,this.#y)}#v(){this.#p&&(this.#p.removeEventListener(co,this.#b),this.#p.removeEventListener(_c,this.#y))}#b;#y;#w(){this.#l!==void 0&&(this.#l=void 0,this.#s?.(void 0))}destroy(){this.hostDisconnected(),this._retrieveHost=void 0,this.#s=void 0,this.#r=void 0,this.#n=void 0,this.#o=void 0,this.#a=void 0,this.#l=void 0,this.#d=void 0}}class wc extends $S{#e=Symbol();#t;get controllerAlias(){return this.#e}constructor(e,t,s){super(()=>e.getHostElement(),t,s),this.#t=e,e.addUmbController(this)}destroy(){this.#t?.removeUmbController(this),this.#t=void 0,super.destroy()}}class X_{#e;#t;#i;#s;providerInstance(){return this.#s}constructor(e,t,s){this.#e=e;const r=t.toString().split("#");this.#t=r[0],this.#i=r[1]??"default",this.#s=s}hostConnected(){this.#e.addEventListener(Kr,this.#r),this.#e.addEventListener(Qd,this.#n),this.#e.dispatchEvent(new Eh(this.#t))}hostDisconnected(){this.#e.removeEventListener(Kr,this.#r),this.#e.removeEventListener(Qd,this.#n),this.#e.dispatchEvent(new ES(this.#t,this.#s))}#r=(e=>{e.contextAlias===this.#t&&(e.stopAtContextMatch&&e.stopPropagation(),this.#i===e.apiAlias&&e.callback(this.#s)&&e.stopImmediatePropagation())});#n=e=>{e.instances||(e.instances=new Map),e.instances.has(this.#t)||e.instances.set(this.#t,this.#s)};destroy(){this.#e?.removeEventListener(Kr,this.#r),this.#e?.removeEventListener(Qd,this.#n),this.#s=void 0,this.#e=void 0}}class Z_ extends X_{#e;#t;get controllerAlias(){return this.#t}constructor(e,t,s){super(e.getHostElement(),t,s),this.#e=e,this.#t=t.toString()+"_"+s.constructor?.name;const r=e.getUmbControllers(n=>n.controllerAlias===this.controllerAlias);if(r.length>0&&r[0].providerInstance?.()===s)throw new Error(`Context API: The context of '${this.controllerAlias}' and instance '${s.constructor?.name??"unnamed"}' is already provided by another Context Provider Controller.`);e.addUmbController(this)}destroy(){if(this.#e){const e=this.#e;this.#e=void 0,e.removeUmbController(this)}super.destroy()}}class kS{#e;#t;constructor(e,t){this.#e=e;const s=t.toString().split("#");this.#t=s[0],this.#e.addEventListener(Kr,this.#i)}#i=(e=>{e.contextAlias===this.#t&&e.stopAtContextMatch&&e.stopPropagation()});hostConnected(){this.#e.dispatchEvent(new Eh(this.#t))}hostDisconnected(){}destroy(){this.#e=void 0}}class W{#e;constructor(e,t="default",s){this.contextAlias=e,this.apiAlias=t,this.TYPE=void 0,this.#e=s}getDiscriminator(){return this.#e}toString(){return this.contextAlias+"#"+this.apiAlias}}class TS{#e;#t;#i;constructor(e,t){this.#e=e,t&&(this.#t=t,this.#i=e.subscribe(t))}asPromise(){return new Promise(e=>{let t=!0,s=!1;const r=this.#e.subscribe(n=>{n!==void 0&&(t?s=!0:(r.unsubscribe(),this.#t||this.destroy()),e(n))});t=!1,s&&(r.unsubscribe(),this.#t||this.destroy())})}hostConnected(){this.#i?.closed&&this.#t&&(this.#i=this.#e.subscribe(this.#t))}hostDisconnected(){this.#i?.unsubscribe()}destroy(){this.#i&&(this.#i.unsubscribe(),this.#t=void 0,this.#i=void 0),this.#e=void 0}}class J_ extends TS{#e;#t;get controllerAlias(){return this.#t}constructor(e,t,s,r){super(t,s),this.#e=e,this.#t=r,e.addUmbController(this)}destroy(){this.#e?.removeUmbController(this),this.#e=void 0,super.destroy()}}var hf=function(i,e){return hf=Object.setPrototypeOf||{__proto__:[]}instanceof Array&&function(t,s){t.__proto__=s}||function(t,s){for(var r in s)Object.prototype.hasOwnProperty.call(s,r)&&(t[r]=s[r])},hf(i,e)};function dn(i,e){if(typeof e!="function"&&e!==null)throw new TypeError("Class extends value "+String(e)+" is not a constructor or null");hf(i,e);function t(){this.constructor=i}i.prototype=e===null?Object.create(e):(t.prototype=e.prototype,new t)}function PS(i,e,t,s){function r(n){return n instanceof t?n:new t(function(o){o(n)})}return new(t||(t=Promise))(function(n,o){function a(d){try{h(s.next(d))}catch(f){o(f)}}function l(d){try{h(s.throw(d))}catch(f){o(f)}}function h(d){d.done?n(d.value):r(d.value).then(a,l)}h((s=s.apply(i,e||[])).next())})}function Q_(i,e){var t={label:0,sent:function(){if(n[0]&1)throw n[1];return n[1]},trys:[],ops:[]},s,r,n,o=Object.create((typeof Iterator=="function"?Iterator:Object).prototype);return o.next=a(0),o.throw=a(1),o.return=a(2),typeof Symbol=="function"&&(o[Symbol.iterator]=function(){return this}),o;function a(h){return function(d){return l([h,d])}}function l(h){if(s)throw new TypeError("Generator is already executing.");for(;o&&(o=0,h[0]&&(t=0)),t;)try{if(s=1,r&&(n=h[0]&2?r.return:h[0]?r.throw||((n=r.return)&&n.call(r),0):r.next)&&!(n=n.call(r,h[1])).done)return n;switch(r=0,n&&(h=[h[0]&2,n.value]),h[0]){case 0:case 1:n=h;break;case 4:return t.label++,{value:h[1],done:!1};case 5:t.label++,r=h[1],h=[0];continue;case 7:h=t.ops.pop(),t.trys.pop();continue;default:if(n=t.trys,!(n=n.length>0&&n[n.length-1])&&(h[0]===6||h[0]===2)){t=0;continue}if(h[0]===3&&(!n||h[1]>n[0]&&h[1]<n[3])){t.label=h[1];break}if(h[0]===6&&t.label<n[1]){t.label=n[1],n=h;break}if(n&&t.label<n[2]){t.label=n[2],t.ops.push(h);break}n[2]&&t.ops.pop(),t.trys.pop();continue}h=e.call(i,t)}catch(d){h=[6,d],r=0}finally{s=n=0}if(h[0]&5)throw h[1];return{value:h[0]?h[1]:void 0,done:!0}}}function ho(i){var e=typeof Symbol=="function"&&Symbol.iterator,t=e&&i[e],s=0;if(t)return t.call(i);if(i&&typeof i.length=="number")return{next:function(){return i&&s>=i.length&&(i=void 0),{value:i&&i[s++],done:!i}}};throw new TypeError(e?"Object is not iterable.":"Symbol.iterator is not defined.")}function il(i,e){var t=typeof Symbol=="function"&&i[Symbol.iterator];if(!t)return i;var s=t.call(i),r,n=[],o;try{for(;(e===void 0||e-- >0)&&!(r=s.next()).done;)n.push(r.value)}catch(a){o={error:a}}finally{try{r&&!r.done&&(t=s.return)&&t.call(s)}finally{if(o)throw o.error}}return n}function sl(i,e,t){if(t||arguments.length===2)for(var s=0,r=e.length,n;s<r;s++)(n||!(s in e))&&(n||(n=Array.prototype.slice.call(e,0,s)),n[s]=e[s]);return i.concat(n||Array.prototype.slice.call(e))}function Gn(i){return this instanceof Gn?(this.v=i,this):new Gn(i)}function SS(i,e,t){if(!Symbol.asyncIterator)throw new TypeError("Symbol.asyncIterator is not defined.");var s=t.apply(i,e||[]),r,n=[];return r=Object.create((typeof AsyncIterator=="function"?AsyncIterator:Object).prototype),a("next"),a("throw"),a("return",o),r[Symbol.asyncIterator]=function(){return this},r;function o(_){return function(T){return Promise.resolve(T).then(_,f)}}function a(_,T){s[_]&&(r[_]=function($){return new Promise(function(D,L){n.push([_,$,D,L])>1||l(_,$)})},T&&(r[_]=T(r[_])))}function l(_,T){try{h(s[_](T))}catch($){v(n[0][3],$)}}function h(_){_.value instanceof Gn?Promise.resolve(_.value.v).then(d,f):v(n[0][2],_)}function d(_){l("next",_)}function f(_){l("throw",_)}function v(_,T){_(T),n.shift(),n.length&&l(n[0][0],n[0][1])}}function AS(i){if(!Symbol.asyncIterator)throw new TypeError("Symbol.asyncIterator is not defined.");var e=i[Symbol.asyncIterator],t;return e?e.call(i):(i=typeof ho=="function"?ho(i):i[Symbol.iterator](),t={},s("next"),s("throw"),s("return"),t[Symbol.asyncIterator]=function(){return this},t);function s(n){t[n]=i[n]&&function(o){return new Promise(function(a,l){o=i[n](o),r(a,l,o.done,o.value)})}}function r(n,o,a,l){Promise.resolve(l).then(function(h){n({value:h,done:a})},o)}}function Be(i){return typeof i=="function"}function ew(i){var e=function(s){Error.call(s),s.stack=new Error().stack},t=i(e);return t.prototype=Object.create(Error.prototype),t.prototype.constructor=t,t}var ep=ew(function(i){return function(t){i(this),this.message=t?t.length+` errors occurred during unsubscription:
`+t.map(function(s,r){return r+1+") "+s.toString()}).join(`
  `):"",this.name="UnsubscriptionError",this.errors=t}});function df(i,e){if(i){var t=i.indexOf(e);0<=t&&i.splice(t,1)}}var Ch=(function(){function i(e){this.initialTeardown=e,this.closed=!1,this._parentage=null,this._finalizers=null}return i.prototype.unsubscribe=function(){var e,t,s,r,n;if(!this.closed){this.closed=!0;var o=this._parentage;if(o)if(this._parentage=null,Array.isArray(o))try{for(var a=ho(o),l=a.next();!l.done;l=a.next()){var h=l.value;h.remove(this)}}catch($){e={error:$}}finally{try{l&&!l.done&&(t=a.return)&&t.call(a)}finally{if(e)throw e.error}}else o.remove(this);var d=this.initialTeardown;if(Be(d))try{d()}catch($){n=$ instanceof ep?$.errors:[$]}var f=this._finalizers;if(f){this._finalizers=null;try{for(var v=ho(f),_=v.next();!_.done;_=v.next()){var T=_.value;try{pv(T)}catch($){n=n??[],$ instanceof ep?n=sl(sl([],il(n)),il($.errors)):n.push($)}}}catch($){s={error:$}}finally{try{_&&!_.done&&(r=v.return)&&r.call(v)}finally{if(s)throw s.error}}}if(n)throw new ep(n)}},i.prototype.add=function(e){var t;if(e&&e!==this)if(this.closed)pv(e);else{if(e instanceof i){if(e.closed||e._hasParent(this))return;e._addParent(this)}(this._finalizers=(t=this._finalizers)!==null&&t!==void 0?t:[]).push(e)}},i.prototype._hasParent=function(e){var t=this._parentage;return t===e||Array.isArray(t)&&t.includes(e)},i.prototype._addParent=function(e){var t=this._parentage;this._parentage=Array.isArray(t)?(t.push(e),t):t?[t,e]:e},i.prototype._removeParent=function(e){var t=this._parentage;t===e?this._parentage=null:Array.isArray(t)&&df(t,e)},i.prototype.remove=function(e){var t=this._finalizers;t&&df(t,e),e instanceof i&&e._removeParent(this)},i.EMPTY=(function(){var e=new i;return e.closed=!0,e})(),i})(),tw=Ch.EMPTY;function iw(i){return i instanceof Ch||i&&"closed"in i&&Be(i.remove)&&Be(i.add)&&Be(i.unsubscribe)}function pv(i){Be(i)?i():i.unsubscribe()}var IS={Promise:void 0},OS={setTimeout:function(i,e){for(var t=[],s=2;s<arguments.length;s++)t[s-2]=arguments[s];return setTimeout.apply(void 0,sl([i,e],il(t)))},clearTimeout:function(i){return clearTimeout(i)},delegate:void 0};function sw(i){OS.setTimeout(function(){throw i})}function fv(){}function Du(i){i()}var Im=(function(i){dn(e,i);function e(t){var s=i.call(this)||this;return s.isStopped=!1,t?(s.destination=t,iw(t)&&t.add(s)):s.destination=RS,s}return e.create=function(t,s,r){return new rl(t,s,r)},e.prototype.next=function(t){this.isStopped||this._next(t)},e.prototype.error=function(t){this.isStopped||(this.isStopped=!0,this._error(t))},e.prototype.complete=function(){this.isStopped||(this.isStopped=!0,this._complete())},e.prototype.unsubscribe=function(){this.closed||(this.isStopped=!0,i.prototype.unsubscribe.call(this),this.destination=null)},e.prototype._next=function(t){this.destination.next(t)},e.prototype._error=function(t){try{this.destination.error(t)}finally{this.unsubscribe()}},e.prototype._complete=function(){try{this.destination.complete()}finally{this.unsubscribe()}},e})(Ch),US=(function(){function i(e){this.partialObserver=e}return i.prototype.next=function(e){var t=this.partialObserver;if(t.next)try{t.next(e)}catch(s){lu(s)}},i.prototype.error=function(e){var t=this.partialObserver;if(t.error)try{t.error(e)}catch(s){lu(s)}else lu(e)},i.prototype.complete=function(){var e=this.partialObserver;if(e.complete)try{e.complete()}catch(t){lu(t)}},i})(),rl=(function(i){dn(e,i);function e(t,s,r){var n=i.call(this)||this,o;return Be(t)||!t?o={next:t??void 0,error:s??void 0,complete:r??void 0}:o=t,n.destination=new US(o),n}return e})(Im);function lu(i){sw(i)}function DS(i){throw i}var RS={closed:!0,next:fv,error:DS,complete:fv},Om=(function(){return typeof Symbol=="function"&&Symbol.observable||"@@observable"})();function $h(i){return i}function MS(i){return i.length===0?$h:i.length===1?i[0]:function(t){return i.reduce(function(s,r){return r(s)},t)}}var Jt=(function(){function i(e){e&&(this._subscribe=e)}return i.prototype.lift=function(e){var t=new i;return t.source=this,t.operator=e,t},i.prototype.subscribe=function(e,t,s){var r=this,n=NS(e)?e:new rl(e,t,s);return Du(function(){var o=r,a=o.operator,l=o.source;n.add(a?a.call(n,l):l?r._subscribe(n):r._trySubscribe(n))}),n},i.prototype._trySubscribe=function(e){try{return this._subscribe(e)}catch(t){e.error(t)}},i.prototype.forEach=function(e,t){var s=this;return t=mv(t),new t(function(r,n){var o=new rl({next:function(a){try{e(a)}catch(l){n(l),o.unsubscribe()}},error:n,complete:r});s.subscribe(o)})},i.prototype._subscribe=function(e){var t;return(t=this.source)===null||t===void 0?void 0:t.subscribe(e)},i.prototype[Om]=function(){return this},i.prototype.pipe=function(){for(var e=[],t=0;t<arguments.length;t++)e[t]=arguments[t];return MS(e)(this)},i.prototype.toPromise=function(e){var t=this;return e=mv(e),new e(function(s,r){var n;t.subscribe(function(o){return n=o},function(o){return r(o)},function(){return s(n)})})},i.create=function(e){return new i(e)},i})();function mv(i){var e;return(e=i??IS.Promise)!==null&&e!==void 0?e:Promise}function LS(i){return i&&Be(i.next)&&Be(i.error)&&Be(i.complete)}function NS(i){return i&&i instanceof Im||LS(i)&&iw(i)}function zS(i){return Be(i?.lift)}function yr(i){return function(e){if(zS(e))return e.lift(function(t){try{return i(t,this)}catch(s){this.error(s)}});throw new TypeError("Unable to lift unknown Observable type")}}function ur(i,e,t,s,r){return new VS(i,e,t,s,r)}var VS=(function(i){dn(e,i);function e(t,s,r,n,o,a){var l=i.call(this,t)||this;return l.onFinalize=o,l.shouldUnsubscribe=a,l._next=s?function(h){try{s(h)}catch(d){t.error(d)}}:i.prototype._next,l._error=n?function(h){try{n(h)}catch(d){t.error(d)}finally{this.unsubscribe()}}:i.prototype._error,l._complete=r?function(){try{r()}catch(h){t.error(h)}finally{this.unsubscribe()}}:i.prototype._complete,l}return e.prototype.unsubscribe=function(){var t;if(!this.shouldUnsubscribe||this.shouldUnsubscribe()){var s=this.closed;i.prototype.unsubscribe.call(this),!s&&((t=this.onFinalize)===null||t===void 0||t.call(this))}},e})(Im),BS=ew(function(i){return function(){i(this),this.name="ObjectUnsubscribedError",this.message="object unsubscribed"}}),kh=(function(i){dn(e,i);function e(){var t=i.call(this)||this;return t.closed=!1,t.currentObservers=null,t.observers=[],t.isStopped=!1,t.hasError=!1,t.thrownError=null,t}return e.prototype.lift=function(t){var s=new bv(this,this);return s.operator=t,s},e.prototype._throwIfClosed=function(){if(this.closed)throw new BS},e.prototype.next=function(t){var s=this;Du(function(){var r,n;if(s._throwIfClosed(),!s.isStopped){s.currentObservers||(s.currentObservers=Array.from(s.observers));try{for(var o=ho(s.currentObservers),a=o.next();!a.done;a=o.next()){var l=a.value;l.next(t)}}catch(h){r={error:h}}finally{try{a&&!a.done&&(n=o.return)&&n.call(o)}finally{if(r)throw r.error}}}})},e.prototype.error=function(t){var s=this;Du(function(){if(s._throwIfClosed(),!s.isStopped){s.hasError=s.isStopped=!0,s.thrownError=t;for(var r=s.observers;r.length;)r.shift().error(t)}})},e.prototype.complete=function(){var t=this;Du(function(){if(t._throwIfClosed(),!t.isStopped){t.isStopped=!0;for(var s=t.observers;s.length;)s.shift().complete()}})},e.prototype.unsubscribe=function(){this.isStopped=this.closed=!0,this.observers=this.currentObservers=null},Object.defineProperty(e.prototype,"observed",{get:function(){var t;return((t=this.observers)===null||t===void 0?void 0:t.length)>0},enumerable:!1,configurable:!0}),e.prototype._trySubscribe=function(t){return this._throwIfClosed(),i.prototype._trySubscribe.call(this,t)},e.prototype._subscribe=function(t){return this._throwIfClosed(),this._checkFinalizedStatuses(t),this._innerSubscribe(t)},e.prototype._innerSubscribe=function(t){var s=this,r=this,n=r.hasError,o=r.isStopped,a=r.observers;return n||o?tw:(this.currentObservers=null,a.push(t),new Ch(function(){s.currentObservers=null,df(a,t)}))},e.prototype._checkFinalizedStatuses=function(t){var s=this,r=s.hasError,n=s.thrownError,o=s.isStopped;r?t.error(n):o&&t.complete()},e.prototype.asObservable=function(){var t=new Jt;return t.source=this,t},e.create=function(t,s){return new bv(t,s)},e})(Jt),bv=(function(i){dn(e,i);function e(t,s){var r=i.call(this)||this;return r.destination=t,r.source=s,r}return e.prototype.next=function(t){var s,r;(r=(s=this.destination)===null||s===void 0?void 0:s.next)===null||r===void 0||r.call(s,t)},e.prototype.error=function(t){var s,r;(r=(s=this.destination)===null||s===void 0?void 0:s.error)===null||r===void 0||r.call(s,t)},e.prototype.complete=function(){var t,s;(s=(t=this.destination)===null||t===void 0?void 0:t.complete)===null||s===void 0||s.call(t)},e.prototype._subscribe=function(t){var s,r;return(r=(s=this.source)===null||s===void 0?void 0:s.subscribe(t))!==null&&r!==void 0?r:tw},e})(kh),nl=(function(i){dn(e,i);function e(t){var s=i.call(this)||this;return s._value=t,s}return Object.defineProperty(e.prototype,"value",{get:function(){return this.getValue()},enumerable:!1,configurable:!0}),e.prototype._subscribe=function(t){var s=i.prototype._subscribe.call(this,t);return!s.closed&&t.next(this._value),s},e.prototype.getValue=function(){var t=this,s=t.hasError,r=t.thrownError,n=t._value;if(s)throw r;return this._throwIfClosed(),n},e.prototype.next=function(t){i.prototype.next.call(this,this._value=t)},e})(kh),rw={now:function(){return(rw.delegate||Date).now()},delegate:void 0},jS=(function(i){dn(e,i);function e(t,s,r){t===void 0&&(t=1/0),s===void 0&&(s=1/0),r===void 0&&(r=rw);var n=i.call(this)||this;return n._bufferSize=t,n._windowTime=s,n._timestampProvider=r,n._buffer=[],n._infiniteTimeWindow=!0,n._infiniteTimeWindow=s===1/0,n._bufferSize=Math.max(1,t),n._windowTime=Math.max(1,s),n}return e.prototype.next=function(t){var s=this,r=s.isStopped,n=s._buffer,o=s._infiniteTimeWindow,a=s._timestampProvider,l=s._windowTime;r||(n.push(t),!o&&n.push(a.now()+l)),this._trimBuffer(),i.prototype.next.call(this,t)},e.prototype._subscribe=function(t){this._throwIfClosed(),this._trimBuffer();for(var s=this._innerSubscribe(t),r=this,n=r._infiniteTimeWindow,o=r._buffer,a=o.slice(),l=0;l<a.length&&!t.closed;l+=n?1:2)t.next(a[l]);return this._checkFinalizedStatuses(t),s},e.prototype._trimBuffer=function(){var t=this,s=t._bufferSize,r=t._timestampProvider,n=t._buffer,o=t._infiniteTimeWindow,a=(o?1:2)*s;if(s<1/0&&a<n.length&&n.splice(0,n.length-a),!o){for(var l=r.now(),h=0,d=1;d<n.length&&n[d]<=l;d+=2)h=d;h&&n.splice(0,h+1)}},e})(kh);function qS(i){return i&&Be(i.schedule)}function nw(i){return i[i.length-1]}function HS(i){return Be(nw(i))?i.pop():void 0}function ow(i){return qS(nw(i))?i.pop():void 0}var aw=(function(i){return i&&typeof i.length=="number"&&typeof i!="function"});function lw(i){return Be(i?.then)}function uw(i){return Be(i[Om])}function cw(i){return Symbol.asyncIterator&&Be(i?.[Symbol.asyncIterator])}function hw(i){return new TypeError("You provided "+(i!==null&&typeof i=="object"?"an invalid object":"'"+i+"'")+" where a stream was expected. You can provide an Observable, Promise, ReadableStream, Array, AsyncIterable, or Iterable.")}function FS(){return typeof Symbol!="function"||!Symbol.iterator?"@@iterator":Symbol.iterator}var dw=FS();function pw(i){return Be(i?.[dw])}function fw(i){return SS(this,arguments,function(){var t,s,r,n;return Q_(this,function(o){switch(o.label){case 0:t=i.getReader(),o.label=1;case 1:o.trys.push([1,,9,10]),o.label=2;case 2:return[4,Gn(t.read())];case 3:return s=o.sent(),r=s.value,n=s.done,n?[4,Gn(void 0)]:[3,5];case 4:return[2,o.sent()];case 5:return[4,Gn(r)];case 6:return[4,o.sent()];case 7:return o.sent(),[3,2];case 8:return[3,10];case 9:return t.releaseLock(),[7];case 10:return[2]}})})}function mw(i){return Be(i?.getReader)}function pn(i){if(i instanceof Jt)return i;if(i!=null){if(uw(i))return WS(i);if(aw(i))return GS(i);if(lw(i))return YS(i);if(cw(i))return bw(i);if(pw(i))return KS(i);if(mw(i))return XS(i)}throw hw(i)}function WS(i){return new Jt(function(e){var t=i[Om]();if(Be(t.subscribe))return t.subscribe(e);throw new TypeError("Provided object does not correctly implement Symbol.observable")})}function GS(i){return new Jt(function(e){for(var t=0;t<i.length&&!e.closed;t++)e.next(i[t]);e.complete()})}function YS(i){return new Jt(function(e){i.then(function(t){e.closed||(e.next(t),e.complete())},function(t){return e.error(t)}).then(null,sw)})}function KS(i){return new Jt(function(e){var t,s;try{for(var r=ho(i),n=r.next();!n.done;n=r.next()){var o=n.value;if(e.next(o),e.closed)return}}catch(a){t={error:a}}finally{try{n&&!n.done&&(s=r.return)&&s.call(r)}finally{if(t)throw t.error}}e.complete()})}function bw(i){return new Jt(function(e){ZS(i,e).catch(function(t){return e.error(t)})})}function XS(i){return bw(fw(i))}function ZS(i,e){var t,s,r,n;return PS(this,void 0,void 0,function(){var o,a;return Q_(this,function(l){switch(l.label){case 0:l.trys.push([0,5,6,11]),t=AS(i),l.label=1;case 1:return[4,t.next()];case 2:if(s=l.sent(),!!s.done)return[3,4];if(o=s.value,e.next(o),e.closed)return[2];l.label=3;case 3:return[3,1];case 4:return[3,11];case 5:return a=l.sent(),r={error:a},[3,11];case 6:return l.trys.push([6,,9,10]),s&&!s.done&&(n=t.return)?[4,n.call(t)]:[3,8];case 7:l.sent(),l.label=8;case 8:return[3,10];case 9:if(r)throw r.error;return[7];case 10:return[7];case 11:return e.complete(),[2]}})})}function Xs(i,e,t,s,r){s===void 0&&(s=0),r===void 0&&(r=!1);var n=e.schedule(function(){t(),r?i.add(this.schedule(null,s)):this.unsubscribe()},s);if(i.add(n),!r)return n}function gw(i,e){return e===void 0&&(e=0),yr(function(t,s){t.subscribe(ur(s,function(r){return Xs(s,i,function(){return s.next(r)},e)},function(){return Xs(s,i,function(){return s.complete()},e)},function(r){return Xs(s,i,function(){return s.error(r)},e)}))})}function vw(i,e){return e===void 0&&(e=0),yr(function(t,s){s.add(i.schedule(function(){return t.subscribe(s)},e))})}function JS(i,e){return pn(i).pipe(vw(e),gw(e))}function QS(i,e){return pn(i).pipe(vw(e),gw(e))}function eA(i,e){return new Jt(function(t){var s=0;return e.schedule(function(){s===i.length?t.complete():(t.next(i[s++]),t.closed||this.schedule())})})}function tA(i,e){return new Jt(function(t){var s;return Xs(t,e,function(){s=i[dw](),Xs(t,e,function(){var r,n,o;try{r=s.next(),n=r.value,o=r.done}catch(a){t.error(a);return}o?t.complete():t.next(n)},0,!0)}),function(){return Be(s?.return)&&s.return()}})}function yw(i,e){if(!i)throw new Error("Iterable cannot be null");return new Jt(function(t){Xs(t,e,function(){var s=i[Symbol.asyncIterator]();Xs(t,e,function(){s.next().then(function(r){r.done?t.complete():t.next(r.value)})},0,!0)})})}function iA(i,e){return yw(fw(i),e)}function sA(i,e){if(i!=null){if(uw(i))return JS(i,e);if(aw(i))return eA(i,e);if(lw(i))return QS(i,e);if(cw(i))return yw(i,e);if(pw(i))return tA(i,e);if(mw(i))return iA(i,e)}throw hw(i)}function Th(i,e){return e?sA(i,e):pn(i)}function _w(){for(var i=[],e=0;e<arguments.length;e++)i[e]=arguments[e];var t=ow(i);return Th(i,t)}function xe(i,e){return yr(function(t,s){var r=0;t.subscribe(ur(s,function(n){s.next(i.call(e,n,r++))}))})}var rA=Array.isArray;function nA(i,e){return rA(e)?i.apply(void 0,sl([],il(e))):i(e)}function oA(i){return xe(function(e){return nA(i,e)})}var aA=Array.isArray,lA=Object.getPrototypeOf,uA=Object.prototype,cA=Object.keys;function hA(i){if(i.length===1){var e=i[0];if(aA(e))return{args:e,keys:null};if(dA(e)){var t=cA(e);return{args:t.map(function(s){return e[s]}),keys:t}}}return{args:i,keys:null}}function dA(i){return i&&typeof i=="object"&&lA(i)===uA}function pA(i,e){return i.reduce(function(t,s,r){return t[s]=e[r],t},{})}function Vs(){for(var i=[],e=0;e<arguments.length;e++)i[e]=arguments[e];var t=ow(i),s=HS(i),r=hA(i),n=r.args,o=r.keys;if(n.length===0)return Th([],t);var a=new Jt(fA(n,t,o?function(l){return pA(o,l)}:$h));return s?a.pipe(oA(s)):a}function fA(i,e,t){return t===void 0&&(t=$h),function(s){gv(e,function(){for(var r=i.length,n=new Array(r),o=r,a=r,l=function(d){gv(e,function(){var f=Th(i[d],e),v=!1;f.subscribe(ur(s,function(_){n[d]=_,v||(v=!0,a--),a||s.next(t(n.slice()))},function(){--o||s.complete()}))},s)},h=0;h<r;h++)l(h)},s)}}function gv(i,e,t){i?Xs(t,i,e):e()}function vv(i,e){return yr(function(t,s){var r=0;t.subscribe(ur(s,function(n){return i.call(e,n,r++)&&s.next(n)}))})}function ww(i){return yr(function(e,t){var s=null,r=!1,n;s=e.subscribe(ur(t,void 0,void 0,function(o){n=pn(i(o,ww(i)(e))),s?(s.unsubscribe(),s=null,n.subscribe(t)):r=!0})),r&&(s.unsubscribe(),s=null,n.subscribe(t))})}function Ue(i,e){return e===void 0&&(e=$h),i=i??mA,yr(function(t,s){var r,n=!0;t.subscribe(ur(s,function(o){var a=e(o);(n||!i(r,a))&&(n=!1,r=a,s.next(o))}))})}function mA(i,e){return i===e}function bA(i){i===void 0&&(i={});var e=i.connector,t=e===void 0?function(){return new kh}:e,s=i.resetOnError,r=s===void 0?!0:s,n=i.resetOnComplete,o=n===void 0?!0:n,a=i.resetOnRefCountZero,l=a===void 0?!0:a;return function(h){var d,f,v,_=0,T=!1,$=!1,D=function(){f?.unsubscribe(),f=void 0},L=function(){D(),d=v=void 0,T=$=!1},H=function(){var X=d;L(),X?.unsubscribe()};return yr(function(X,R){_++,!$&&!T&&D();var j=v=v??t();R.add(function(){_--,_===0&&!$&&!T&&(f=tp(H,l))}),j.subscribe(R),!d&&_>0&&(d=new rl({next:function(z){return j.next(z)},error:function(z){$=!0,D(),f=tp(L,r,z),j.error(z)},complete:function(){T=!0,D(),f=tp(L,o),j.complete()}}),pn(X).subscribe(d))})(h)}}function tp(i,e){for(var t=[],s=2;s<arguments.length;s++)t[s-2]=arguments[s];if(e===!0){i();return}if(e!==!1){var r=new rl({next:function(){r.unsubscribe(),i()}});return pn(e.apply(void 0,sl([],il(t)))).subscribe(r)}}function xw(i,e,t){var s,r=!1;return s=i,bA({connector:function(){return new jS(s,e,t)},resetOnError:!0,resetOnComplete:!1,resetOnRefCountZero:r})}function pf(i,e){return yr(function(t,s){var r=null,n=0,o=!1,a=function(){return o&&!r&&s.complete()};t.subscribe(ur(s,function(l){r?.unsubscribe();var h=0,d=n++;pn(i(l,d)).subscribe(r=ur(s,function(f){return s.next(e?e(l,f,d,h++):f)},function(){r=null,a()}))},function(){o=!0,a()}))})}class kt{constructor(e){this._subject=new nl(e)}asObservable(){return this._subject.asObservable()}get value(){return this.getValue()}getValue(){return this._subject.getValue()}destroy(){this._subject?.complete(),this._subject=void 0}setValue(e){this._subject&&e!==this._subject.getValue()&&this._subject.next(e)}}class nt extends kt{constructor(e){super(e)}}class Ri extends kt{constructor(e){super(e)}}function Yn(i,e){return i===void 0&&e===void 0||JSON.stringify(i)===JSON.stringify(e)}function Um(i,e){return typeof i=="object"&&typeof e=="object"?Yn(i,e):i===e}function en(i,e,t){return i.pipe(xe(e),Ue(t||Um),xw(1))}const ff=Object.freeze(function(e){return e!=null&&typeof e=="object"&&(Object.freeze(e),Object.getOwnPropertyNames(e)?.forEach(function(t){e.hasOwnProperty(t)&&e[t]!=null&&typeof e[t]=="object"&&!Object.isFrozen(e[t])&&ff(e[t])})),e});function Ph(i,e,t){return Vs(i).pipe(xe(e),Ue(t??Um),xw(1))}const Dm=Vs;function gA(i,e,t){const s=[...i],r=s.findIndex(n=>t(n));return r!==-1&&(s[r]={...s[r],...e}),s}function vA(i,e,t,s){const r=t(e),n=i.findIndex(o=>t(o)===r);return n!==-1?i[n]=e:s===-1||s>=i.length?i.push(e):i.splice(s,0,e),i}function yv(i,e,t){const s=t(e),r=i.findIndex(n=>t(n)===s);return r!==-1?i[r]=e:i.push(e),i}function yA(i,e,t){const s=t(e),r=i.findIndex(n=>t(n)===s);return r!==-1&&(i[r]=e),i}function Rm(i){let e=0,t=0;const s=i.length;for(;t<s;)e=(e<<5)-e+i.charCodeAt(t++),e|=0;return e}function _A(i,e){return i===e}class Re extends kt{constructor(e){super(e)}asObservablePart(e,t){return en(this._subject,e,t??_A)}}class po extends kt{constructor(e){super(e)}asObservablePart(e,t){return en(this._subject,e,t)}setValue(e){if(!this._subject)return;const t=this._subject.getValue();e&&t?.equal(e)||this._subject.next(e)}}class Mm extends kt{#e;#t;constructor(e){super(ff(e)),this.#t=this._subject.getValue()}asObservablePart(e,t){return en(this._subject,e,t??Yn)}setValue(e){if(!this._subject)return;const t=ff(e);this.#t=t,!this.#e&&!Yn(t,this._subject.getValue())&&this._subject.next(t)}getValue(){return this.#t}mute(){this.#e||(this.#e=!0)}unmute(){this.#e&&(this.#e=!1,Yn(this.#t,this._subject.getValue())||this._subject?.next(this.#t))}isMuted(){return this.#e}getMutePromise(){return new Promise(e=>{if(!this.#e){e();return}const t=this._subject.subscribe(()=>{t.unsubscribe(),e()})})}}function wA(i,e,t){const s=t(e),r=i.findIndex(n=>t(n)===s);return r!==-1?i[r]=e:i.unshift(e),i}class Dt extends Mm{#e;constructor(e,t){super(e),this.getUniqueMethod=t}sortBy(e){this.#e=e;const t=this.getValue();return t&&super.setValue([...t].sort(this.#e)),this}setValue(e){e&&this.#e?super.setValue([...e].sort(this.#e)):super.setValue(e)}clear(){super.setValue([])}getHasOne(e){if(this.getUniqueMethod)return this.getValue().some(t=>this.getUniqueMethod(t)===e);throw new Error("Cannot use hasOne when no unique method provided to check for uniqueness")}remove(e){if(this.getUniqueMethod){let t=this.getValue();if(!t)return this;e.forEach(s=>{t=t.filter(r=>this.getUniqueMethod(r)!==s)}),this.setValue(t)}return this}removeOne(e){if(this.getUniqueMethod){let t=this.getValue();if(!t)return this;t=t.filter(s=>this.getUniqueMethod(s)!==e),this.setValue(t)}return this}filter(e){const t=this.getValue();return t&&this.setValue(t.filter(e)),this}appendOne(e){const t=[...this.getValue()];return this.getUniqueMethod?yv(t,e,this.getUniqueMethod):t.push(e),this.setValue(t),this}appendOneAt(e,t){const s=[...this.getValue()];return this.getUniqueMethod?vA(s,e,this.getUniqueMethod,t):t===-1||t>=s.length?s.push(e):s.splice(t,0,e),this.setValue(s),this}append(e){if(this.getUniqueMethod){const t=[...this.getValue()];e.forEach(s=>{yv(t,s,this.getUniqueMethod)}),this.setValue(t)}else this.setValue([...this.getValue(),...e]);return this}replace(e){if(this.getUniqueMethod){const t=[...this.getValue()];e.forEach(s=>{yA(t,s,this.getUniqueMethod)}),this.setValue(t)}else throw new Error("Can't replace entries of an ArrayState without a getUnique method provided when constructed.");return this}updateOne(e,t){if(!this.getUniqueMethod)throw new Error("Can't partial update an ArrayState without a getUnique method provided when constructed.");return this.setValue(gA(this.getValue(),t,s=>e===this.getUniqueMethod(s))),this}prepend(e){if(this.getUniqueMethod){const t=[...this.getValue()];e.forEach(s=>{wA(t,s,this.getUniqueMethod)}),this.setValue(t)}else this.setValue([...e,...this.getValue()]);return this}destroy(){super.destroy(),this.#e=void 0,this.getUniqueMethod=void 0}}class fi extends Mm{update(e){return this.setValue({...this.getValue(),...e}),this}}const xA=i=>{class e extends K_(i){constructor(s,r){super(),this._host=s,this._controllerAlias=r??Symbol(),this._host.addUmbController(this)}getHostElement(){return this._host?.getHostElement()}get controllerAlias(){return this._controllerAlias}observe(s,r,n){if(n===void 0&&r?n=Rm(r.toString()):n===null&&(n=void 0),s)return new J_(this,s,r,n);r?.(void 0),this.removeUmbControllerByAlias(n)}provideContext(s,r){return new Z_(this,s,r)}consumeContext(s,r){return new wc(this,s,r)}async getContext(s,r){const n=new wc(this,s);return r&&(r.passContextAliasMatches&&n.passContextAliasMatches(),r.skipHost&&n.skipHost()),n.asPromise(r)}destroy(){this._host&&this._host.removeUmbController(this),super.destroy(),this._host&&(this._host=void 0)}}return e};class oe extends xA(EventTarget){}class st extends oe{constructor(e,t){super(e,t.toString()),this.provideContext(t,this)}}async function Ew(i){const e=typeof i;if(e==="function"){if(i.prototype)return i;{const t=await i();if(typeof t=="object"&&t!=null){const s=("api"in t?t.api:void 0)||("default"in t?t.default:void 0);if(s&&typeof s=="function")return s}}}else if(e==="string"){const t=await import(i);if(t&&typeof t=="object"){const s=("api"in t?t.api:void 0)||("default"in t?t.default:void 0);if(s&&typeof s=="function")return s}}}async function Sh(i,e,t,s){const r=e.api??e.js??s;if(!r){console.error(`-- Extension of alias "${e.alias}" did not succeed creating an API class instance, missing a JavaScript file via the 'api' or 'js' property, using either an 'api' or 'default' export.`,e);return}const n=await Ew(r);if(n){const o=(typeof t=="function"?t(e):t)??[];return new n(i,...o)}console.error(`-- Extension of alias "${e.alias}" did not succeed instantiating an API class instance via the extension manifest 'api' or 'js' property, using either an 'api' or 'default' export.`,e)}async function Ah(i){const e=typeof i;if(e==="function"){if(i.prototype)return i;{const t=await i();if(typeof t=="object"&&t!==null){const s=("element"in t?t.element:void 0)||("default"in t?t.default:void 0);if(s&&typeof s=="function")return s}}}else if(e==="string"){const t=await import(i);if(t&&typeof t=="object"){const s=("element"in t?t.element:void 0)||("default"in t?t.default:void 0);if(s&&typeof s=="function")return s}}}async function EA(i,e,t,s){const r=i.api??i.js??s;if(!r)return console.error(`-- Extension of alias "${i.alias}" did not succeed creating an api class instance, missing a JavaScript file via the 'api' or 'js' property, using either a 'api' or 'default'(not supported on the JS property) export`,i),{};const n=Ew(r);let o,a;const l=i.element??i.js;if(l){const h=Ah(l),d=await Promise.all([n,h]);o=d[0];const f=d[1];f?a=new f:console.error(`-- Extension of alias "${i.alias}" did not succeed creating an element class instance via the extension manifest property 'element' or 'js', using either a 'element' or 'default'(not supported on the JS property) export`,i)}else o=await n;if(!a&&i.elementName&&(a=document.createElement(i.elementName)),!a&&t&&(a=document.createElement(t)),a&&o){const h=(typeof e=="function"?e(i):e)??[],d=new o(a,...h);return{element:a,api:d}}return console.error(!a&&o?l?`-- Extension of alias "${i.alias}" did not succeed creating an Element with Api, Api was created but the imported Element JS file did not export a 'element' or 'default'. Alternatively define the 'elementName' in the manifest.`:`-- Extension of alias "${i.alias}" did not succeed creating an Element with Api, Api was created but the Element was missing a JavaScript file via the 'element' or the 'js' property. Alternatively define a Element Name in 'elementName' in the manifest.`:a&&!o?r?`-- Extension of alias "${i.alias}" did not succeed creating an Element with Api, Element was created but the imported Api JS file did not export a 'api' or 'default'.`:`-- Extension of alias "${i.alias}" did not succeed creating an Element with Api, Element was created but the Api is missing a JavaScript file via the 'api' or 'js' property.`:`-- Extension of alias "${i.alias}" did not succeed creating an Element with Api, neither an Element or Api was created, missing one or two JavaScript files via the 'element' and 'api' or the 'js' property or with just 'api' and the Element Name in 'elementName' in the manifest.`,i),{}}async function Pl(i,e){const t=i.element??i.js;if(t){const s=await Ah(t);if(s)return new s;i.elementName||console.error(`-- Extension of alias "${i.alias}" did not succeed creating an element class instance via the extension manifest property '${t}'. The imported Element JS file did not export a 'element' or 'default'. Alternatively define the 'elementName' in the manifest.`,i)}if(i.elementName)return document.createElement(i.elementName);if(e)return document.createElement(e);console.error(`-- Extension of alias "${i.alias}" did not succeed creating an Element, missing a JavaScript file via the 'element' or 'js' property. Alternatively define a Element Name in 'elementName' in the manifest.`,i)}async function Cw(i){const e=typeof i;if(e==="function"){const t=await i();if(typeof t=="object"&&t!=null)return t}else if(e==="string"){const t=await import(i);if(typeof t=="object"&&t!=null)return t}}const ip=Symbol(),CA=Symbol();class Ih extends oe{#e;#t;#i;#s;#r;#n;#o;#a;#l;get weight(){return this.#n?.weight??0}get permitted(){return this.#l??!1}get manifest(){return this.#n}get alias(){return this.#s}get overwrites(){return this.#r}constructor(e,t,s,r,n){super(e,s+"_"+r),this.#e=[],this.#r=[],this.#o=[],this.hasConditions=async()=>(await this.#t.asPromise(),(this.#n?.conditions??[]).length>0),this.#d=o=>{o.forEach(this.#h)},this.#h=async o=>{if(!this.#n)return;const l=(this.#n.conditions??[]).filter(f=>f.alias===o.alias),h=await Promise.all(l.map(f=>this.#f(o,f)));if(!this.#i){h.forEach(f=>f?.destroy());return}const d=this.#o.length;h.filter(f=>f!==void 0).forEach(f=>{this.#o.find(_=>_.config===f?.config)?f?.destroy():this.#o.push(f)}),d!==this.#o.length&&this.#m()},this.#m=async()=>{if(this.#n===void 0)return;let o=this.#l??!1;const a=this.#p()&&this.#o.some(l=>l.permitted===!1)===!1;if(this._isConditionsPositive=a,a===!0){if(this.#l!==!0){const l=await this._conditionsAreGood();if(l===!1||this._isConditionsPositive===!1){this._conditionsAreBad();return}o=this.#l??!1,this.#l=l}}else if(this.#l!==!1){if(await this._conditionsAreBad(),this._isConditionsPositive===!0)return;o=this.#l??!1,this.#l=!1}o!==this.#l&&this.#l!==void 0&&(this.#l===!0&&(this.#e.forEach(l=>l()),this.#e=[]),this.#a?.(this.#l,this))},this.#i=t,this.#s=r,this.#a=n}_init(){this.#t=this.observe(this.#i.byAlias(this.#s),e=>{e?(e.overwrites&&(typeof e.overwrites=="string"?this.#r=[e.overwrites]:Array.isArray(e.overwrites)&&(this.#r=e.overwrites)),this.#u(e)):(this.#n=void 0,this.#g(),this.#r=[],this.#c())},CA)}asPromise(){return new Promise(e=>{this.#l===!0?e():this.#e.push(e)})}#c(){this.#o===void 0||this.#o.length===0||(this.#o.forEach(e=>e.destroy()),this.#o=[],this.removeUmbControllerByAlias(ip))}#u(e){const t=e.conditions??[],s=this.#n;this.#n=e;const r=t.map(o=>o.alias).filter((o,a,l)=>l.indexOf(o)===a),n=this.#o.length;this.#o=this.#o.filter(o=>{const a=t.find(l=>l===o.config);return a||o.destroy(),a}),t.length>0?this.observe(this.#i.byTypeAndAliases("condition",r),this.#d,ip):this.removeUmbControllerByAlias(ip),this.#l?n===this.#o.length&&n===t.length&&Yn(s,e)===!1&&this.#a?.(this.#l,this):this.#m()}#d;#h;async#f(e,t){if(!this.#o.find(r=>r.config===t)){const r=await Sh(this,e,[{manifest:e,config:t,onChange:this.#m}]);if(r)return r}}#p(){return this.#n!==void 0&&this.#o.length===(this.#n.conditions??[]).length}#m;equal(e){return e?.manifest===this.#n}#g(){this.#l===!0&&(this.#l=void 0,this._conditionsAreBad(),this.#a?.(!1,this))}destroy(){this.#i&&(this.#n=void 0,this.#e=[],this.#g(),this.#l=void 0,this._isConditionsPositive=!1,this.#r=[],this.#c(),this.#a=void 0,this.#i=void 0,super.destroy())}}class Oh extends oe{#e;#t;#i;#s;#r;#n;#o;#a;#l;asPromise(){return new Promise(e=>{this.#o.length>0?e():this.#e.push(e)})}constructor(e,t,s,r,n,o,a={}){super(e,o??"extensionsInitializer_"+(Array.isArray(s)?s.join("_"):s)),this.#e=[],this.#r=!1,this._extensions=[],this.#o=[],this.#c=l=>{if(!l){this._extensions.forEach(h=>{h.destroy()}),this._extensions.length=0,this.#o.length=0;return}l.length===0&&this.#a===void 0&&(this.#a=[],this.#n?.(this.#a)),this._extensions=this._extensions.filter(h=>l.find(d=>d.alias===h.alias)?!0:(h.destroy(),!1)),l.forEach(h=>{this._extensions.find(f=>f.alias===h.alias)||this._extensions.push(this._createController(h))})},this._extensionChanged=(l,h)=>{let d=!1;const f=this.#o?.indexOf(h);l?f===-1&&(this.#o.push(h),d=!0):f>=0&&(this.#o.splice(f,1),d=!0),d&&(this.#l||(this.#l=requestAnimationFrame(this.#u)))},this.#u=()=>{if(this.#l=void 0,this.#o===void 0)return;let l=[...this.#o];this.#o.forEach(h=>{h.overwrites.length>0&&h.overwrites.forEach(d=>{this.#d(l,d)})}),l.sort((h,d)=>d.weight-h.weight),this.#r&&l.length>1&&(l=[l[0]]),this.#a=l,this.#a.length>0&&(this.#e.forEach(h=>h()),this.#e=[]),this.#n?.(this.#a)},this.#t=t,this.#i=s,this.#s=r,this.#n=n,this.#r=a.single??!1}_init(){let e;Array.isArray(this.#i)?this.#s?e=this.#t.byTypesAndFilter(this.#i,this.#s):e=this.#t.byTypes(this.#i):this.#s?e=this.#t.byTypeAndFilter(this.#i,this.#s):e=this.#t.byType(this.#i),this.observe(e,this.#c,"_observeManifests")}#c;#u;#d(e,t){const s=e.findIndex(r=>r.alias===t);if(s!==-1){const r=e[s];e.splice(s,1),r.overwrites.length>0&&r.overwrites.forEach(n=>{this.#d(e,n)})}}hostDisconnected(){super.hostDisconnected(),this.#l&&(cancelAnimationFrame(this.#l),this.#u())}destroy(){if(!this.#t)return;const e=this.#a?.length??0;this._extensions.forEach(t=>t.destroy()),this._extensions=void 0,this.#o=void 0,this.#a=void 0,this.#l&&(cancelAnimationFrame(this.#l),this.#l=void 0),e>0&&this.#n?.([]),this.#e.length=0,this.#s=void 0,this.#n=void 0,this.#t=void 0,super.destroy()}}class $w extends Ih{#e;#t;get api(){return this.#e}constructor(e,t,s,r,n){super(e,t,"extApi_",s,n),this.#t=r,this._init()}async _conditionsAreGood(){const e=this.manifest,t=await Sh(this._host,e,this.#t);return this._isConditionsPositive?(this.#e=t,this.#e?(this.#e.manifest=e,!0):(console.warn("Manifest did not provide any useful data for a api class to construct."),!1)):!1}async _conditionsAreBad(){this.#e&&("destroy"in this.#e&&this.#e.destroy(),this.#e=void 0)}destroy(){super.destroy(),this.#t=void 0}}class kw extends Oh{#e;#t;constructor(e,t,s,r,n,o,a,l){super(e,t,s,n,o,a,l),this.#e=t,this.#t=r,this._init()}_createController(e){return new $w(this,this.#e,e.alias,this.#t,this._extensionChanged)}destroy(){super.destroy(),this.#t=void 0,this.#e=void 0}}class $A extends Ih{#e;#t;get component(){return this.#t}#i;get properties(){return this.#i}set properties(e){this.#i=e,this.#s()}constructor(e,t,s,r,n){super(e,t,"extElement_",s,r),this.#e=n,this._init()}#s=()=>{!this.#t||!this.#i||Object.keys(this.#i).forEach(e=>{this.#t[e]=this.#i[e]})};async _conditionsAreGood(){const e=this.manifest,t=await Pl(e,this.#e);return this._isConditionsPositive?(this.#t=t,this.#t?(this.#s(),this.#t.manifest=e,!0):(console.warn("Manifest did not provide any useful data for a web component to be created."),!1)):!1}async _conditionsAreBad(){this.#t&&("destroy"in this.#t&&this.#t.destroy(),this.#t=void 0)}destroy(){super.destroy(),this.#i=void 0}}class Lm extends Oh{#e;#t;#i;get properties(){return this.#i}set properties(e){this.#i=e,this._extensions.forEach(t=>{t.properties=e})}constructor(e,t,s,r,n,o,a,l){super(e,t,s,r,n,o,l),this.#e=t,this.#t=a,this._init()}_createController(e){const t=new $A(this,this.#e,e.alias,this._extensionChanged,this.#t);return t.properties=this.#i,t}destroy(){super.destroy(),this.#i=void 0,this.#e=void 0}}class kA extends Ih{constructor(e,t,s,r){super(e,t,"extManifest_",s,r),this._init()}async _conditionsAreGood(){return!0}async _conditionsAreBad(){}}class Tw extends Oh{#e;constructor(e,t,s,r,n,o,a){super(e,t,s,r,n,o,a),this.#e=t,this._init()}_createController(e){return new kA(this,this.#e,e.alias,this._extensionChanged)}destroy(){super.destroy(),this.#e=void 0}}class Pw extends Ih{#e;#t;#i;#s;#r;get component(){return this.#i}get api(){return this.#s}#n;get elementProps(){return this.#n}set elementProps(e){this.#n=e,this.#a()}#o;get apiProps(){return this.#o}set apiProps(e){this.#o=e,this.#l()}constructor(e,t,s,r,n,o,a){super(e,t,"extApiAndElement_",s,n),this.#r=r,this.#e=o,this.#t=a,this._init()}#a=()=>{!this.#i||!this.#n||Object.keys(this.#n).forEach(e=>{this.#i[e]=this.#n[e]})};#l=()=>{!this.#s||!this.#o||Object.keys(this.#o).forEach(e=>{this.#s[e]=this.#o[e]})};async _conditionsAreGood(){const e=this.manifest,{element:t,api:s}=await EA(e,this.#r,this.#e,this.#t);return this._isConditionsPositive?(this.#s=s,this.#s?(this.#l(),this.#s.manifest=e):console.warn("Manifest did not provide any useful data for a api to be created."),this.#i=t,this.#i?(this.#a(),this.#i.manifest=e,this.#s&&(this.#i.api=s),!0):(console.warn("Manifest did not provide any useful data for a web component to be created."),!1)):(s?.destroy?.(),t&&"destroy"in t&&t.destroy(),!1)}async _conditionsAreBad(){this.#i&&("destroy"in this.#i&&this.#i.destroy(),this.#i=void 0),this.#s&&("destroy"in this.#s&&this.#s.destroy(),this.#s=void 0)}destroy(){super.destroy(),this.#r=void 0,this.#n=void 0}}class Nm extends Oh{#e;#t;#i;#s;#r;#n;get elementProperties(){return this.#r}set elementProperties(e){this.#r=e,this._extensions.forEach(t=>{t.elementProps=e})}get apiProperties(){return this.#n}set apiProperties(e){this.#n=e,this._extensions.forEach(t=>{t.apiProps=e})}constructor(e,t,s,r,n,o,a,l,h,d){super(e,t,s,n,o,a,d),this.#e=t,this.#s=r,this.#t=l,this.#i=h,this._init()}_createController(e){const t=new Pw(this,this.#e,e.alias,this.#s,this._extensionChanged,this.#t,this.#i);return t.elementProps=this.#r,t.apiProps=this.#n,t}destroy(){super.destroy(),this.#s=void 0,this.#r=void 0,this.#n=void 0,this.#e=void 0}}function TA(i){return typeof i=="object"&&i!==null&&"default"in i}var _v;(function(i){i.NEW="New",i.SAVE="Save",i.SAVE_VARIANT="SaveVariant",i.OPEN="Open",i.DELETE="Delete",i.PUBLISH="Publish",i.PUBLISH_VARIANT="PublishVariant",i.SEND_TO_PUBLISH="SendToPublish",i.SEND_TO_PUBLISH_VARIANT="SendToPublishVariant",i.UNPUBLISH="Unpublish",i.UNPUBLISH_VARIANT="UnpublishVariant",i.MOVE="Move",i.COPY="Copy",i.ASSIGN_DOMAIN="AssignDomain",i.PUBLIC_ACCESS="PublicAccess",i.SORT="Sort",i.NOTIFY="Notify",i.SYSTEM="System",i.ROLL_BACK="RollBack",i.PACKAGER_INSTALL="PackagerInstall",i.PACKAGER_UNINSTALL="PackagerUninstall",i.CUSTOM="Custom",i.CONTENT_VERSION_PREVENT_CLEANUP="ContentVersionPreventCleanup",i.CONTENT_VERSION_ENABLE_CLEANUP="ContentVersionEnableCleanup"})(_v||(_v={}));var wv;(function(i){i.COMPOSITION="Composition",i.INHERITANCE="Inheritance"})(wv||(wv={}));var xv;(function(i){i.TRUE="True",i.FALSE="False",i.FALSE_WITH_HELP_TEXT="FalseWithHelpText"})(xv||(xv={}));var Ev;(function(i){i.ASCENDING="Ascending",i.DESCENDING="Descending"})(Ev||(Ev={}));var Fs;(function(i){i.NOT_CREATED="NotCreated",i.DRAFT="Draft",i.PUBLISHED="Published",i.PUBLISHED_PENDING_CHANGES="PublishedPendingChanges",i.TRASHED="Trashed"})(Fs||(Fs={}));var Cv;(function(i){i.DEFAULT="Default",i.INFO="Info",i.ERROR="Error",i.SUCCESS="Success",i.WARNING="Warning"})(Cv||(Cv={}));var $v;(function(i){i.HEALTHY="Healthy",i.UNHEALTHY="Unhealthy",i.REBUILDING="Rebuilding",i.CORRUPT="Corrupt"})($v||($v={}));var kv;(function(i){i.CROP="Crop",i.MAX="Max",i.STRETCH="Stretch",i.PAD="Pad",i.BOX_PAD="BoxPad",i.MIN="Min"})(kv||(kv={}));var Tv;(function(i){i.VERBOSE="Verbose",i.DEBUG="Debug",i.INFORMATION="Information",i.WARNING="Warning",i.ERROR="Error",i.FATAL="Fatal"})(Tv||(Tv={}));var Pv;(function(i){i.DEFAULT="Default",i.API="Api"})(Pv||(Pv={}));var Sv;(function(i){i.EQUALS="Equals",i.NOT_EQUALS="NotEquals",i.CONTAINS="Contains",i.NOT_CONTAINS="NotContains",i.LESS_THAN="LessThan",i.LESS_THAN_EQUAL_TO="LessThanEqualTo",i.GREATER_THAN="GreaterThan",i.GREATER_THAN_EQUAL_TO="GreaterThanEqualTo"})(Sv||(Sv={}));var Av;(function(i){i.OUT_OF_DATE="OutOfDate",i.CURRENT="Current",i.UNKNOWN="Unknown"})(Av||(Av={}));var Iv;(function(i){i.ENABLED="Enabled",i.DISABLED="Disabled"})(Iv||(Iv={}));var Ov;(function(i){i.UNKNOWN="Unknown",i.BOOT="Boot",i.INSTALL="Install",i.UPGRADE="Upgrade",i.RUN="Run",i.BOOT_FAILED="BootFailed"})(Ov||(Ov={}));var Uv;(function(i){i.BACKOFFICE_DEVELOPMENT="BackofficeDevelopment",i.DEVELOPMENT="Development",i.PRODUCTION="Production"})(Uv||(Uv={}));var Dv;(function(i){i.SUCCESS="Success",i.WARNING="Warning",i.ERROR="Error",i.INFO="Info"})(Dv||(Dv={}));var Rv;(function(i){i.MINIMAL="Minimal",i.BASIC="Basic",i.DETAILED="Detailed"})(Rv||(Rv={}));var Mv;(function(i){i.STRING="String",i.DATE_TIME="DateTime",i.INTEGER="Integer"})(Mv||(Mv={}));var Lv;(function(i){i.SUCCESS="Success",i.NOT_FOUND="NotFound",i.USER_NOT_FOUND="UserNotFound",i.ALREADY_EXISTS="AlreadyExists"})(Lv||(Lv={}));var Nv;(function(i){i.DEFAULT="Default",i.API="Api"})(Nv||(Nv={}));var zv;(function(i){i.USER_NAME="UserName",i.LANGUAGE="Language",i.NAME="Name",i.EMAIL="Email",i.ID="Id",i.CREATE_DATE="CreateDate",i.UPDATE_DATE="UpdateDate",i.IS_APPROVED="IsApproved",i.IS_LOCKED_OUT="IsLockedOut",i.LAST_LOGIN_DATE="LastLoginDate"})(zv||(zv={}));var Vv;(function(i){i.ACTIVE="Active",i.DISABLED="Disabled",i.LOCKED_OUT="LockedOut",i.INVITED="Invited",i.INACTIVE="Inactive",i.ALL="All"})(Vv||(Vv={}));const PA={bodySerializer:i=>JSON.stringify(i,(e,t)=>typeof t=="bigint"?t.toString():t)},SA=({onRequest:i,onSseError:e,onSseEvent:t,responseTransformer:s,responseValidator:r,sseDefaultRetryDelay:n,sseMaxRetryAttempts:o,sseMaxRetryDelay:a,sseSleepFn:l,url:h,...d})=>{let f;const v=l??($=>new Promise(D=>setTimeout(D,$)));return{stream:async function*(){let $=n??3e3,D=0;const L=d.signal??new AbortController().signal;for(;!L.aborted;){D++;const H=d.headers instanceof Headers?d.headers:new Headers(d.headers);f!==void 0&&H.set("Last-Event-ID",f);try{const X={redirect:"follow",...d,body:d.serializedBody,headers:H,signal:L};let R=new Request(h,X);i&&(R=await i(h,X));const z=await(d.fetch??globalThis.fetch)(R);if(!z.ok)throw new Error(`SSE failed: ${z.status} ${z.statusText}`);if(!z.body)throw new Error("No body in SSE response");const G=z.body.pipeThrough(new TextDecoderStream).getReader();let ie="";const qt=()=>{try{G.cancel()}catch{}};L.addEventListener("abort",qt);try{for(;;){const{done:St,value:Oe}=await G.read();if(St)break;ie+=Oe;const bt=ie.split(`

`);ie=bt.pop()??"";for(const Pr of bt){const Sr=Pr.split(`
`),xi=[];let Ko;for(const It of Sr)if(It.startsWith("data:"))xi.push(It.replace(/^data:\s*/,""));else if(It.startsWith("event:"))Ko=It.replace(/^event:\s*/,"");else if(It.startsWith("id:"))f=It.replace(/^id:\s*/,"");else if(It.startsWith("retry:")){const Nl=Number.parseInt(It.replace(/^retry:\s*/,""),10);Number.isNaN(Nl)||($=Nl)}let At,Xo=!1;if(xi.length){const It=xi.join(`
`);try{At=JSON.parse(It),Xo=!0}catch{At=It}}Xo&&(r&&await r(At),s&&(At=await s(At))),t?.({data:At,event:Ko,id:f,retry:$}),xi.length&&(yield At)}}}finally{L.removeEventListener("abort",qt),G.releaseLock()}break}catch(X){if(e?.(X),o!==void 0&&D>=o)break;const R=Math.min($*2**(D-1),a??3e4);await v(R)}}}()}},AA=i=>{switch(i){case"label":return".";case"matrix":return";";case"simple":return",";default:return"&"}},IA=i=>{switch(i){case"form":return",";case"pipeDelimited":return"|";case"spaceDelimited":return"%20";default:return","}},OA=i=>{switch(i){case"label":return".";case"matrix":return";";case"simple":return",";default:return"&"}},Sw=({allowReserved:i,explode:e,name:t,style:s,value:r})=>{if(!e){const a=(i?r:r.map(l=>encodeURIComponent(l))).join(IA(s));switch(s){case"label":return`.${a}`;case"matrix":return`;${t}=${a}`;case"simple":return a;default:return`${t}=${a}`}}const n=AA(s),o=r.map(a=>s==="label"||s==="simple"?i?a:encodeURIComponent(a):Uh({allowReserved:i,name:t,value:a})).join(n);return s==="label"||s==="matrix"?n+o:o},Uh=({allowReserved:i,name:e,value:t})=>{if(t==null)return"";if(typeof t=="object")throw new Error("Deeply-nested arrays/objects aren’t supported. Provide your own `querySerializer()` to handle these.");return`${e}=${i?t:encodeURIComponent(t)}`},Aw=({allowReserved:i,explode:e,name:t,style:s,value:r,valueOnly:n})=>{if(r instanceof Date)return n?r.toISOString():`${t}=${r.toISOString()}`;if(s!=="deepObject"&&!e){let l=[];Object.entries(r).forEach(([d,f])=>{l=[...l,d,i?f:encodeURIComponent(f)]});const h=l.join(",");switch(s){case"form":return`${t}=${h}`;case"label":return`.${h}`;case"matrix":return`;${t}=${h}`;default:return h}}const o=OA(s),a=Object.entries(r).map(([l,h])=>Uh({allowReserved:i,name:s==="deepObject"?`${t}[${l}]`:l,value:h})).join(o);return s==="label"||s==="matrix"?o+a:a},UA=/\{[^{}]+\}/g,DA=({path:i,url:e})=>{let t=e;const s=e.match(UA);if(s)for(const r of s){let n=!1,o=r.substring(1,r.length-1),a="simple";o.endsWith("*")&&(n=!0,o=o.substring(0,o.length-1)),o.startsWith(".")?(o=o.substring(1),a="label"):o.startsWith(";")&&(o=o.substring(1),a="matrix");const l=i[o];if(l==null)continue;if(Array.isArray(l)){t=t.replace(r,Sw({explode:n,name:o,style:a,value:l}));continue}if(typeof l=="object"){t=t.replace(r,Aw({explode:n,name:o,style:a,value:l,valueOnly:!0}));continue}if(a==="matrix"){t=t.replace(r,`;${Uh({name:o,value:l})}`);continue}const h=encodeURIComponent(a==="label"?`.${l}`:l);t=t.replace(r,h)}return t},RA=({baseUrl:i,path:e,query:t,querySerializer:s,url:r})=>{const n=r.startsWith("/")?r:`/${r}`;let o=(i??"")+n;e&&(o=DA({path:e,url:o}));let a=t?s(t):"";return a.startsWith("?")&&(a=a.substring(1)),a&&(o+=`?${a}`),o};function MA(i){const e=i.body!==void 0;if(e&&i.bodySerializer)return"serializedBody"in i?i.serializedBody!==void 0&&i.serializedBody!==""?i.serializedBody:null:i.body!==""?i.body:null;if(e)return i.body}const LA=async(i,e)=>{const t=typeof e=="function"?await e(i):e;if(t)return i.scheme==="bearer"?`Bearer ${t}`:i.scheme==="basic"?`Basic ${btoa(t)}`:t},Iw=({allowReserved:i,array:e,object:t}={})=>r=>{const n=[];if(r&&typeof r=="object")for(const o in r){const a=r[o];if(a!=null)if(Array.isArray(a)){const l=Sw({allowReserved:i,explode:!0,name:o,style:"form",value:a,...e});l&&n.push(l)}else if(typeof a=="object"){const l=Aw({allowReserved:i,explode:!0,name:o,style:"deepObject",value:a,...t});l&&n.push(l)}else{const l=Uh({allowReserved:i,name:o,value:a});l&&n.push(l)}}return n.join("&")},NA=i=>{if(!i)return"stream";const e=i.split(";")[0]?.trim();if(e){if(e.startsWith("application/json")||e.endsWith("+json"))return"json";if(e==="multipart/form-data")return"formData";if(["application/","audio/","image/","video/"].some(t=>e.startsWith(t)))return"blob";if(e.startsWith("text/"))return"text"}},zA=(i,e)=>e?!!(i.headers.has(e)||i.query?.[e]||i.headers.get("Cookie")?.includes(`${e}=`)):!1,VA=async({security:i,...e})=>{for(const t of i){if(zA(e,t.name))continue;const s=await LA(t,e.auth);if(!s)continue;const r=t.name??"Authorization";switch(t.in){case"query":e.query||(e.query={}),e.query[r]=s;break;case"cookie":e.headers.append("Cookie",`${r}=${s}`);break;default:e.headers.set(r,s);break}}},Bv=i=>RA({baseUrl:i.baseUrl,path:i.path,query:i.query,querySerializer:typeof i.querySerializer=="function"?i.querySerializer:Iw(i.querySerializer),url:i.url}),jv=(i,e)=>{const t={...i,...e};return t.baseUrl?.endsWith("/")&&(t.baseUrl=t.baseUrl.substring(0,t.baseUrl.length-1)),t.headers=Ow(i.headers,e.headers),t},BA=i=>{const e=[];return i.forEach((t,s)=>{e.push([s,t])}),e},Ow=(...i)=>{const e=new Headers;for(const t of i){if(!t)continue;const s=t instanceof Headers?BA(t):Object.entries(t);for(const[r,n]of s)if(n===null)e.delete(r);else if(Array.isArray(n))for(const o of n)e.append(r,o);else n!==void 0&&e.set(r,typeof n=="object"?JSON.stringify(n):n)}return e};class sp{constructor(){this.fns=[]}clear(){this.fns=[]}eject(e){const t=this.getInterceptorIndex(e);this.fns[t]&&(this.fns[t]=null)}exists(e){const t=this.getInterceptorIndex(e);return!!this.fns[t]}getInterceptorIndex(e){return typeof e=="number"?this.fns[e]?e:-1:this.fns.indexOf(e)}update(e,t){const s=this.getInterceptorIndex(e);return this.fns[s]?(this.fns[s]=t,e):!1}use(e){return this.fns.push(e),this.fns.length-1}}const jA=()=>({error:new sp,request:new sp,response:new sp}),qA=Iw({allowReserved:!1,array:{explode:!0,style:"form"},object:{explode:!0,style:"deepObject"}}),HA={"Content-Type":"application/json"},Uw=(i={})=>({...PA,headers:HA,parseAs:"auto",querySerializer:qA,...i}),FA=(i={})=>{let e=jv(Uw(),i);const t=()=>({...e}),s=h=>(e=jv(e,h),t()),r=jA(),n=async h=>{const d={...e,...h,fetch:h.fetch??e.fetch??globalThis.fetch,headers:Ow(e.headers,h.headers),serializedBody:void 0};d.security&&await VA({...d,security:d.security}),d.requestValidator&&await d.requestValidator(d),d.body!==void 0&&d.bodySerializer&&(d.serializedBody=d.bodySerializer(d.body)),(d.body===void 0||d.serializedBody==="")&&d.headers.delete("Content-Type");const f=Bv(d);return{opts:d,url:f}},o=async h=>{const{opts:d,url:f}=await n(h),v={redirect:"follow",...d,body:MA(d)};let _=new Request(f,v);for(const j of r.request.fns)j&&(_=await j(_,d));const T=d.fetch;let $=await T(_);for(const j of r.response.fns)j&&($=await j($,_,d));const D={request:_,response:$};if($.ok){const j=(d.parseAs==="auto"?NA($.headers.get("Content-Type")):d.parseAs)??"json";if($.status===204||$.headers.get("Content-Length")==="0"){let G;switch(j){case"arrayBuffer":case"blob":case"text":G=await $[j]();break;case"formData":G=new FormData;break;case"stream":G=$.body;break;default:G={};break}return d.responseStyle==="data"?G:{data:G,...D}}let z;switch(j){case"arrayBuffer":case"blob":case"formData":case"json":case"text":z=await $[j]();break;case"stream":return d.responseStyle==="data"?$.body:{data:$.body,...D}}return j==="json"&&(d.responseValidator&&await d.responseValidator(z),d.responseTransformer&&(z=await d.responseTransformer(z))),d.responseStyle==="data"?z:{data:z,...D}}const L=await $.text();let H;try{H=JSON.parse(L)}catch{}const X=H??L;let R=X;for(const j of r.error.fns)j&&(R=await j(X,$,_,d));if(R=R||{},d.throwOnError)throw R;return d.responseStyle==="data"?void 0:{error:R,...D}},a=h=>d=>o({...d,method:h}),l=h=>async d=>{const{opts:f,url:v}=await n(d);return SA({...f,body:f.body,headers:f.headers,method:h,onRequest:async(_,T)=>{let $=new Request(_,T);for(const D of r.request.fns)D&&($=await D($,f));return $},url:v})};return{buildUrl:Bv,connect:a("CONNECT"),delete:a("DELETE"),get:a("GET"),getConfig:t,head:a("HEAD"),interceptors:r,options:a("OPTIONS"),patch:a("PATCH"),post:a("POST"),put:a("PUT"),request:o,setConfig:s,sse:{connect:l("CONNECT"),delete:l("DELETE"),get:l("GET"),head:l("HEAD"),options:l("OPTIONS"),patch:l("PATCH"),post:l("POST"),put:l("PUT"),trace:l("TRACE")},trace:a("TRACE")}},y=FA(Uw({throwOnError:!0}));class uu{static postDataType(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/data-type",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static deleteDataTypeById(e){return(e.client??y).delete({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/data-type/{id}",...e})}static getDataTypeById(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/data-type/{id}",...e})}static putDataTypeById(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/data-type/{id}",...e,headers:{"Content-Type":"application/json",...e.headers}})}static postDataTypeByIdCopy(e){return(e.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/data-type/{id}/copy",...e,headers:{"Content-Type":"application/json",...e.headers}})}static getDataTypeByIdIsUsed(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/data-type/{id}/is-used",...e})}static putDataTypeByIdMove(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/data-type/{id}/move",...e,headers:{"Content-Type":"application/json",...e.headers}})}static getDataTypeByIdReferencedBy(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/data-type/{id}/referenced-by",...e})}static getDataTypeConfiguration(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/data-type/configuration",...e})}static postDataTypeFolder(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/data-type/folder",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static deleteDataTypeFolderById(e){return(e.client??y).delete({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/data-type/folder/{id}",...e})}static getDataTypeFolderById(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/data-type/folder/{id}",...e})}static putDataTypeFolderById(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/data-type/folder/{id}",...e,headers:{"Content-Type":"application/json",...e.headers}})}static getFilterDataType(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/filter/data-type",...e})}static getItemDataType(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/item/data-type",...e})}static getItemDataTypeSearch(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/item/data-type/search",...e})}static getTreeDataTypeAncestors(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/tree/data-type/ancestors",...e})}static getTreeDataTypeChildren(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/tree/data-type/children",...e})}static getTreeDataTypeRoot(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/tree/data-type/root",...e})}static getTreeDataTypeSiblings(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/tree/data-type/siblings",...e})}}class zD{static postDocumentType(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static deleteDocumentTypeById(e){return(e.client??y).delete({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/{id}",...e})}static getDocumentTypeById(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/{id}",...e})}static putDocumentTypeById(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/{id}",...e,headers:{"Content-Type":"application/json",...e.headers}})}static getDocumentTypeByIdAllowedChildren(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/{id}/allowed-children",...e})}static getDocumentTypeByIdBlueprint(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/{id}/blueprint",...e})}static getDocumentTypeByIdCompositionReferences(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/{id}/composition-references",...e})}static postDocumentTypeByIdCopy(e){return(e.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/{id}/copy",...e,headers:{"Content-Type":"application/json",...e.headers}})}static getDocumentTypeByIdExport(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/{id}/export",...e})}static putDocumentTypeByIdImport(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/{id}/import",...e,headers:{"Content-Type":"application/json",...e.headers}})}static putDocumentTypeByIdMove(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/{id}/move",...e,headers:{"Content-Type":"application/json",...e.headers}})}static postDocumentTypeByIdTemplate(e){return(e.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/{id}/template",...e,headers:{"Content-Type":"application/json",...e.headers}})}static getDocumentTypeAllowedAtRoot(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/allowed-at-root",...e})}static postDocumentTypeAvailableCompositions(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/available-compositions",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static getDocumentTypeConfiguration(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/configuration",...e})}static postDocumentTypeFolder(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/folder",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static deleteDocumentTypeFolderById(e){return(e.client??y).delete({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/folder/{id}",...e})}static getDocumentTypeFolderById(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/folder/{id}",...e})}static putDocumentTypeFolderById(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/folder/{id}",...e,headers:{"Content-Type":"application/json",...e.headers}})}static postDocumentTypeImport(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document-type/import",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static getItemDocumentType(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/item/document-type",...e})}static getItemDocumentTypeSearch(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/item/document-type/search",...e})}static getTreeDocumentTypeAncestors(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/tree/document-type/ancestors",...e})}static getTreeDocumentTypeChildren(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/tree/document-type/children",...e})}static getTreeDocumentTypeRoot(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/tree/document-type/root",...e})}static getTreeDocumentTypeSiblings(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/tree/document-type/siblings",...e})}}class WA{static putUmbracoManagementApiV11DocumentByIdValidate11(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1.1/document/{id}/validate",...e,headers:{"Content-Type":"application/json",...e.headers}})}}class GA{static{this.documentByIdValidate1Service=WA}}class qv{static getCollectionDocumentById(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/collection/document/{id}",...e})}static postDocument(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static deleteDocumentById(e){return(e.client??y).delete({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}",...e})}static getDocumentById(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}",...e})}static putDocumentById(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}",...e,headers:{"Content-Type":"application/json",...e.headers}})}static getDocumentByIdAuditLog(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/audit-log",...e})}static getDocumentByIdAvailableSegmentOptions(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/available-segment-options",...e})}static postDocumentByIdCopy(e){return(e.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/copy",...e,headers:{"Content-Type":"application/json",...e.headers}})}static getDocumentByIdDomains(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/domains",...e})}static putDocumentByIdDomains(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/domains",...e,headers:{"Content-Type":"application/json",...e.headers}})}static putDocumentByIdMove(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/move",...e,headers:{"Content-Type":"application/json",...e.headers}})}static putDocumentByIdMoveToRecycleBin(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/move-to-recycle-bin",...e})}static getDocumentByIdNotifications(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/notifications",...e})}static putDocumentByIdNotifications(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/notifications",...e,headers:{"Content-Type":"application/json",...e.headers}})}static getDocumentByIdPreviewUrl(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/preview-url",...e})}static deleteDocumentByIdPublicAccess(e){return(e.client??y).delete({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/public-access",...e})}static getDocumentByIdPublicAccess(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/public-access",...e})}static postDocumentByIdPublicAccess(e){return(e.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/public-access",...e,headers:{"Content-Type":"application/json",...e.headers}})}static putDocumentByIdPublicAccess(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/public-access",...e,headers:{"Content-Type":"application/json",...e.headers}})}static putDocumentByIdPublish(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/publish",...e,headers:{"Content-Type":"application/json",...e.headers}})}static putDocumentByIdPublishWithDescendants(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/publish-with-descendants",...e,headers:{"Content-Type":"application/json",...e.headers}})}static getDocumentByIdPublishWithDescendantsResultByTaskId(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/publish-with-descendants/result/{taskId}",...e})}static getDocumentByIdPublished(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/published",...e})}static getDocumentByIdReferencedBy(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/referenced-by",...e})}static getDocumentByIdReferencedDescendants(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/referenced-descendants",...e})}static putDocumentByIdUnpublish(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/{id}/unpublish",...e,headers:{"Content-Type":"application/json",...e.headers}})}static getDocumentAreReferenced(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/are-referenced",...e})}static getDocumentConfiguration(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/configuration",...e})}static putDocumentSort(e){return(e?.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/sort",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static getDocumentUrls(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/urls",...e})}static postDocumentValidate(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/document/validate",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static getItemDocument(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/item/document",...e})}static getItemDocumentSearch(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/item/document/search",...e})}static deleteRecycleBinDocument(e){return(e?.client??y).delete({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/recycle-bin/document",...e})}static deleteRecycleBinDocumentById(e){return(e.client??y).delete({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/recycle-bin/document/{id}",...e})}static getRecycleBinDocumentByIdOriginalParent(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/recycle-bin/document/{id}/original-parent",...e})}static putRecycleBinDocumentByIdRestore(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/recycle-bin/document/{id}/restore",...e,headers:{"Content-Type":"application/json",...e.headers}})}static getRecycleBinDocumentChildren(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/recycle-bin/document/children",...e})}static getRecycleBinDocumentReferencedBy(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/recycle-bin/document/referenced-by",...e})}static getRecycleBinDocumentRoot(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/recycle-bin/document/root",...e})}static getRecycleBinDocumentSiblings(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/recycle-bin/document/siblings",...e})}static getTreeDocumentAncestors(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/tree/document/ancestors",...e})}static getTreeDocumentChildren(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/tree/document/children",...e})}static getTreeDocumentRoot(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/tree/document/root",...e})}static getTreeDocumentSiblings(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/tree/document/siblings",...e})}static{this.putUmbracoManagementApiV1Service=GA}}class YA{static getItemLanguage(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/item/language",...e})}static getItemLanguageDefault(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/item/language/default",...e})}static getLanguage(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/language",...e})}static postLanguage(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/language",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static deleteLanguageByIsoCode(e){return(e.client??y).delete({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/language/{isoCode}",...e})}static getLanguageByIsoCode(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/language/{isoCode}",...e})}static putLanguageByIsoCode(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/language/{isoCode}",...e,headers:{"Content-Type":"application/json",...e.headers}})}}class KA{static getFilterUser(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/filter/user",...e})}static getItemUser(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/item/user",...e})}static deleteUser(e){return(e?.client??y).delete({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static getUser(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user",...e})}static postUser(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static deleteUserById(e){return(e.client??y).delete({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/{id}",...e})}static getUserById(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/{id}",...e})}static putUserById(e){return(e.client??y).put({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/{id}",...e,headers:{"Content-Type":"application/json",...e.headers}})}static getUserById2Fa(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/{id}/2fa",...e})}static deleteUserById2FaByProviderName(e){return(e.client??y).delete({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/{id}/2fa/{providerName}",...e})}static getUserByIdCalculateStartNodes(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/{id}/calculate-start-nodes",...e})}static postUserByIdChangePassword(e){return(e.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/{id}/change-password",...e,headers:{"Content-Type":"application/json",...e.headers}})}static getUserByIdClientCredentials(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/{id}/client-credentials",...e})}static postUserByIdClientCredentials(e){return(e.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/{id}/client-credentials",...e,headers:{"Content-Type":"application/json",...e.headers}})}static deleteUserByIdClientCredentialsByClientId(e){return(e.client??y).delete({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/{id}/client-credentials/{clientId}",...e})}static postUserByIdResetPassword(e){return(e.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/{id}/reset-password",...e})}static deleteUserAvatarById(e){return(e.client??y).delete({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/avatar/{id}",...e})}static postUserAvatarById(e){return(e.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/avatar/{id}",...e,headers:{"Content-Type":"application/json",...e.headers}})}static getUserConfiguration(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/configuration",...e})}static getUserCurrent(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/current",...e})}static getUserCurrent2Fa(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/current/2fa",...e})}static deleteUserCurrent2FaByProviderName(e){return(e.client??y).delete({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/current/2fa/{providerName}",...e})}static getUserCurrent2FaByProviderName(e){return(e.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/current/2fa/{providerName}",...e})}static postUserCurrent2FaByProviderName(e){return(e.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/current/2fa/{providerName}",...e,headers:{"Content-Type":"application/json",...e.headers}})}static postUserCurrentAvatar(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/current/avatar",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static postUserCurrentChangePassword(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/current/change-password",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static getUserCurrentConfiguration(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/current/configuration",...e})}static getUserCurrentLoginProviders(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/current/login-providers",...e})}static getUserCurrentPermissions(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/current/permissions",...e})}static getUserCurrentPermissionsDocument(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/current/permissions/document",...e})}static getUserCurrentPermissionsMedia(e){return(e?.client??y).get({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/current/permissions/media",...e})}static postUserDisable(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/disable",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static postUserEnable(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/enable",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static postUserInvite(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/invite",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static postUserInviteCreatePassword(e){return(e?.client??y).post({url:"/umbraco/management/api/v1/user/invite/create-password",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static postUserInviteResend(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/invite/resend",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static postUserInviteVerify(e){return(e?.client??y).post({url:"/umbraco/management/api/v1/user/invite/verify",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static postUserSetUserGroups(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/set-user-groups",...e,headers:{"Content-Type":"application/json",...e?.headers}})}static postUserUnlock(e){return(e?.client??y).post({security:[{scheme:"bearer",type:"http"}],url:"/umbraco/management/api/v1/user/unlock",...e,headers:{"Content-Type":"application/json",...e?.headers}})}}const XA="modulepreload",ZA=function(i){return"/"+i},Hv={},_r=function(e,t,s){let r=Promise.resolve();if(t&&t.length>0){let l=function(h){return Promise.all(h.map(d=>Promise.resolve(d).then(f=>({status:"fulfilled",value:f}),f=>({status:"rejected",reason:f}))))};document.getElementsByTagName("link");const o=document.querySelector("meta[property=csp-nonce]"),a=o?.nonce||o?.getAttribute("nonce");r=l(t.map(h=>{if(h=ZA(h),h in Hv)return;Hv[h]=!0;const d=h.endsWith(".css"),f=d?'[rel="stylesheet"]':"";if(document.querySelector(`link[href="${h}"]${f}`))return;const v=document.createElement("link");if(v.rel=d?"stylesheet":XA,d||(v.as="script"),v.crossOrigin="",v.href=h,a&&v.setAttribute("nonce",a),document.head.appendChild(v),d)return new Promise((_,T)=>{v.addEventListener("load",_),v.addEventListener("error",()=>T(new Error(`Unable to preload CSS for ${h}`)))})}))}function n(o){const a=new Event("vite:preloadError",{cancelable:!0});if(a.payload=o,window.dispatchEvent(a),!a.defaultPrevented)throw o}return r.then(o=>{for(const a of o||[])a.status==="rejected"&&n(a.reason);return e().catch(n)})};function JA(i){return typeof i=="object"&&i!==null&&"body"in i&&"status"in i&&"request"in i}function QA(i){return i instanceof Error&&(i.name==="CancelError"||i.message==="Request aborted")}function eI(i){return typeof i.cancel=="function"}function tI(i){return typeof i=="object"&&i!==null&&"type"in i&&"title"in i&&"status"in i&&(typeof i.detail>"u"||typeof i.detail=="string")&&(typeof i.instance>"u"||typeof i.instance=="string")&&(typeof i.operationStatus>"u"||typeof i.operationStatus=="string")&&(typeof i.errors>"u"||typeof i.errors=="object")}class iI{constructor(e){this.G=e}disconnect(){this.G=void 0}reconnect(e){this.G=e}deref(){return this.G}}class sI{constructor(){this.Y=void 0,this.Z=void 0}get(){return this.Y}pause(){this.Y??=new Promise(e=>this.Z=e)}resume(){this.Z?.(),this.Y=this.Z=void 0}}class Fv extends Fa{}Fv.directiveName="unsafeMath",Fv.resultType=3;class Wv extends Fa{}Wv.directiveName="unsafeSVG",Wv.resultType=2;const Gv=i=>!j2(i)&&typeof i.then=="function",Yv=1073741823;class rI extends fh{constructor(){super(...arguments),this._$Cwt=Yv,this._$Cbt=[],this._$CK=new iI(this),this._$CX=new sI}render(...e){return e.find(t=>!Gv(t))??ot}update(e,t){const s=this._$Cbt;let r=s.length;this._$Cbt=t;const n=this._$CK,o=this._$CX;this.isConnected||this.disconnected();for(let a=0;a<t.length&&!(a>this._$Cwt);a++){const l=t[a];if(!Gv(l))return this._$Cwt=a,l;a<r&&l===s[a]||(this._$Cwt=Yv,r=0,Promise.resolve(l).then(async h=>{for(;o.get();)await o.get();const d=n.deref();if(d!==void 0){const f=d._$Cbt.indexOf(l);f>-1&&f<d._$Cwt&&(d._$Cwt=f,d.setValue(h))}}))}return ot}disconnected(){this._$CK.disconnect(),this._$CX.pause()}reconnected(){this._$CK.reconnect(this),this._$CX.resume()}}const nI=Ps(rI);function Ke(i,e,t){return i?e(i):t?.(i)}const ol="en";class oI{#e;#t;#i;get fallback(){return this.localizations.get(ol)}constructor(){this.connectedControllers=new Set,this.#t=new Set,this.#i=void 0,this.localizations=new Map,this.documentDirection=document.documentElement.dir||"ltr",this.documentLanguage=document.documentElement.lang||navigator.language,this.#s=this.registerLocalization.bind(this),this.updateAll=()=>{const e=document.documentElement.dir||"ltr",t=document.documentElement.lang||navigator.language;this.documentDirection===e&&this.documentLanguage===t||(this.documentDirection=e,this.documentLanguage=t,this.connectedControllers.forEach(s=>{s.documentUpdate()}),this.#i&&(cancelAnimationFrame(this.#i),this.#i=void 0),this.#t.clear())},this.#r=()=>{this.#i=void 0,this.connectedControllers.forEach(e=>{e.keysChanged(this.#t)}),this.#t.clear()},this.#e=new MutationObserver(this.updateAll),this.#e.observe(document.documentElement,{attributes:!0,attributeFilter:["dir","lang"]})}appendConsumer(e){this.connectedControllers.has(e)||this.connectedControllers.add(e)}removeConsumer(e){this.connectedControllers.delete(e)}registerLocalization(e){const t=e.$code.toLowerCase();this.localizations.has(t)?this.localizations.set(t,{...this.localizations.get(t),...e}):this.localizations.set(t,e);const s=Object.keys(e);for(const r of s)this.#t.add(r);this.#n()}#s;registerManyLocalizations(e){e.map(this.#s)}#r;#n(){this.#i||(this.#i=requestAnimationFrame(this.#r))}}const ui=new oI,aI=Symbol();class Dw{#e;#t;#i;constructor(e){this.controllerAlias=aI,this.#i=new Array,this.#e=e,this.#t=e.getHostElement(),this.#e.addUmbController(this)}hostConnected(){ui.appendConsumer(this)}hostDisconnected(){ui.removeConsumer(this)}destroy(){this.#e?.removeUmbController(this),this.#t=void 0,this.#i.length=0}documentUpdate(){this.#t?.requestUpdate?.()}keysChanged(e){this.#i.find(s=>e.has(s))&&this.#t?.requestUpdate?.()}dir(){return`${this.#t?.dir||ui.documentDirection}`.toLowerCase()}lang(){return`${this.#t?.lang||ui.documentLanguage}`.toLowerCase()}#s(e){const t=new Intl.Locale(e),s=t?.language.toLowerCase(),r=t?.region?.toLowerCase()??"",n=ui.localizations.get(`${s}-${r}`),o=ui.localizations.get(s);return{locale:t,language:s,region:r,primary:n,secondary:o}}#r(e){this.#i.includes(e)||this.#i.push(e);const{primary:t,secondary:s}=this.#s(this.lang());return t?.[e]?t[e]:s?.[e]?s[e]:ui.fallback?.[e]?ui.fallback[e]:null}#n(e,t){return typeof e=="function"?e(...t):typeof e=="string"&&t.length?e.replace(/(%(\d+)%|\{(\d+)\})/g,(s,r,n,o)=>{const a=n||o;return typeof t[a]<"u"?String(t[a]):s}):String(e)}term(e,...t){const s=this.#r(e);return s===null?String(e):this.#n(s,t)}termOrDefault(e,t,...s){const r=this.#r(e);return r===null?t:this.#n(r,s)}date(e,t){return e=new Date(e),new Intl.DateTimeFormat(this.lang(),t).format(e)}number(e,t){return e=Number(e),isNaN(e)?"":new Intl.NumberFormat(this.lang(),t).format(e)}relativeTime(e,t,s){return new Intl.RelativeTimeFormat(this.lang(),s).format(e,t)}duration(e,t,s){const r=new Date(e),n=new Date(t??Date.now()),o=Math.abs(r.getTime()-n.getTime()),a=Math.abs(Math.floor(o/1e3));if(!("DurationFormat"in Intl))return`${a} seconds`;const l=Math.floor(o/(1e3*60*60*24)),h=Math.floor(o%(1e3*60*60*24)/(1e3*60*60)),d=Math.floor(o%(1e3*60*60)/(1e3*60)),f=Math.floor(o%(1e3*60)/1e3),v={style:"long",...s},_=new Intl.DurationFormat(this.lang(),v);return l===0&&h===0&&d===0?_.format({seconds:a}):_.format({days:l,hours:h,minutes:d,seconds:f})}list(e,t){return new Intl.ListFormat(this.lang(),t).format(e)}string(e,...t){if(typeof e!="string")return"";const s=/#\w+/g;return e.replace(s,n=>{const o=n.slice(1),a=this.#r(o);return a===null?n:this.#n(a,t)})}}const Dh=i=>{class e extends _S(i){#e;get localize(){return this.#e??=new Dw(this)}observe(s,r,n){if(n===void 0&&r?n=Rm(r.toString()):n===null&&(n=void 0),s)return new J_(this,s,r,n);r?.(void 0),this.removeUmbControllerByAlias(n)}provideContext(s,r){return new Z_(this,s,r)}consumeContext(s,r){return new wc(this,s,r)}async getContext(s,r){const n=new wc(this,s);return r&&(r.passContextAliasMatches&&n.passContextAliasMatches(),r.skipHost&&n.skipHost()),n.asPromise(r)}}return e};var Rw=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};class I extends Dh(O){constructor(){super(...arguments),this.dir="",this.lang=""}}Rw([u()],I.prototype,"dir",void 0);Rw([u()],I.prototype,"lang",void 0);var Mn;function Mw(i,e){if(i===e)return!0;if(i.shadowRoot){const t=i.shadowRoot.activeElement;if(t)return Mw(t,e)}return!1}class Lw extends fh{static#e;#t;#i;render(){return w}update(e){return this.#t!==e.element&&(Mn.#e=this.#t=e.element,this.#s()),w}#s=()=>{this.#i&&(clearTimeout(this.#i),this.#i=void 0),this.#t&&this.#t===Mn.#e&&(this.#t.focus(),Mw(document.activeElement,this.#t)===!1?this.#i=setTimeout(this.#s,100):Mn.#e=void 0)};disconnected(){this.#t===Mn.#e&&(Mn.#e=void 0),this.#t=void 0}}Mn=Lw;const Rh=Ps(Lw),J=g`
	${Co}

	a {
		color: var(--uui-color-interactive);
	}
	a:hover,
	a:focus {
		color: var(--uui-color-interactive-emphasis);
	}
`;var Mh=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let al=class extends I{connectedCallback(){super.connectedCallback(),this.setAttribute("part","auth-provider-default")}get#e(){const e=this.manifest.meta?.label??this.manifest.forProviderName,t=this.localize.string(e);return this.localize.term("login_signInWith",t)}render(){return c`
			<uui-button
				type="button"
				@click=${()=>this.onSubmit(this.manifest)}
				id="auth-provider-button"
				.label=${this.#e}
				.look=${this.manifest.meta?.defaultView?.look??"outline"}
				.color=${this.manifest.meta?.defaultView?.color??"default"}>
				${this.manifest.meta?.defaultView?.icon?c`<uui-icon id="icon" .name=${this.manifest.meta?.defaultView?.icon}></uui-icon>`:w}
				${this.#e}
			</uui-button>
		`}static{this.styles=[J,g`
			:host {
				display: block;
			}

			#auth-provider-button {
				width: 100%;
			}

			#icon {
				margin-right: var(--uui-size-space-1);
			}
		`]}};Mh([u({attribute:!1})],al.prototype,"userLoginState",void 0);Mh([u({attribute:!1})],al.prototype,"manifest",void 0);Mh([u({attribute:!1})],al.prototype,"onSubmit",void 0);al=Mh([A("umb-auth-provider-default")],al);class ft{#e;#t;constructor(e,t){this.DATA=void 0,this.VALUE=void 0,this.#e=e,this.#t=t}toString(){return this.#e}getDefaultModal(){return this.#t?.modal}getDefaultData(){return this.#t?.data}getDefaultValue(){return this.#t?.value}}y.setConfig({credentials:"include"});const Nw=(i,e=0)=>{let t;return function(...s){clearTimeout(t),t=setTimeout(()=>i.apply(this,s),e)}};class zw{#e="Umbraco Backoffice:";#t;#i;#s;constructor(e){this.#t=e.deprecated,this.#i=e.removeInVersion,this.#s=e.solution}warn(){console.warn(`${this.#e} ${this.#t} The feature will be removed in version ${this.#i}. ${this.#s}`)}}function Ki(){}Ki.prototype={diff:function(e,t){var s,r=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{},n=r.callback;typeof r=="function"&&(n=r,r={});var o=this;function a(R){return R=o.postProcess(R,r),n?(setTimeout(function(){n(R)},0),!0):R}e=this.castInput(e,r),t=this.castInput(t,r),e=this.removeEmpty(this.tokenize(e,r)),t=this.removeEmpty(this.tokenize(t,r));var l=t.length,h=e.length,d=1,f=l+h;r.maxEditLength!=null&&(f=Math.min(f,r.maxEditLength));var v=(s=r.timeout)!==null&&s!==void 0?s:1/0,_=Date.now()+v,T=[{oldPos:-1,lastComponent:void 0}],$=this.extractCommon(T[0],t,e,0,r);if(T[0].oldPos+1>=h&&$+1>=l)return a(Kv(o,T[0].lastComponent,t,e,o.useLongestToken));var D=-1/0,L=1/0;function H(){for(var R=Math.max(D,-d);R<=Math.min(L,d);R+=2){var j=void 0,z=T[R-1],G=T[R+1];z&&(T[R-1]=void 0);var ie=!1;if(G){var qt=G.oldPos-R;ie=G&&0<=qt&&qt<l}var St=z&&z.oldPos+1<h;if(!ie&&!St){T[R]=void 0;continue}if(!St||ie&&z.oldPos<G.oldPos?j=o.addToPath(G,!0,!1,0,r):j=o.addToPath(z,!1,!0,1,r),$=o.extractCommon(j,t,e,R,r),j.oldPos+1>=h&&$+1>=l)return a(Kv(o,j.lastComponent,t,e,o.useLongestToken));T[R]=j,j.oldPos+1>=h&&(L=Math.min(L,R-1)),$+1>=l&&(D=Math.max(D,R+1))}d++}if(n)(function R(){setTimeout(function(){if(d>f||Date.now()>_)return n();H()||R()},0)})();else for(;d<=f&&Date.now()<=_;){var X=H();if(X)return X}},addToPath:function(e,t,s,r,n){var o=e.lastComponent;return o&&!n.oneChangePerToken&&o.added===t&&o.removed===s?{oldPos:e.oldPos+r,lastComponent:{count:o.count+1,added:t,removed:s,previousComponent:o.previousComponent}}:{oldPos:e.oldPos+r,lastComponent:{count:1,added:t,removed:s,previousComponent:o}}},extractCommon:function(e,t,s,r,n){for(var o=t.length,a=s.length,l=e.oldPos,h=l-r,d=0;h+1<o&&l+1<a&&this.equals(s[l+1],t[h+1],n);)h++,l++,d++,n.oneChangePerToken&&(e.lastComponent={count:1,previousComponent:e.lastComponent,added:!1,removed:!1});return d&&!n.oneChangePerToken&&(e.lastComponent={count:d,previousComponent:e.lastComponent,added:!1,removed:!1}),e.oldPos=l,h},equals:function(e,t,s){return s.comparator?s.comparator(e,t):e===t||s.ignoreCase&&e.toLowerCase()===t.toLowerCase()},removeEmpty:function(e){for(var t=[],s=0;s<e.length;s++)e[s]&&t.push(e[s]);return t},castInput:function(e){return e},tokenize:function(e){return Array.from(e)},join:function(e){return e.join("")},postProcess:function(e){return e}};function Kv(i,e,t,s,r){for(var n=[],o;e;)n.push(e),o=e.previousComponent,delete e.previousComponent,e=o;n.reverse();for(var a=0,l=n.length,h=0,d=0;a<l;a++){var f=n[a];if(f.removed)f.value=i.join(s.slice(d,d+f.count)),d+=f.count;else{if(!f.added&&r){var v=t.slice(h,h+f.count);v=v.map(function(_,T){var $=s[d+T];return $.length>_.length?$:_}),f.value=i.join(v)}else f.value=i.join(t.slice(h,h+f.count));h+=f.count,f.added||(d+=f.count)}}return n}function Xv(i,e){var t;for(t=0;t<i.length&&t<e.length;t++)if(i[t]!=e[t])return i.slice(0,t);return i.slice(0,t)}function Zv(i,e){var t;if(!i||!e||i[i.length-1]!=e[e.length-1])return"";for(t=0;t<i.length&&t<e.length;t++)if(i[i.length-(t+1)]!=e[e.length-(t+1)])return i.slice(-t);return i.slice(-t)}function mf(i,e,t){if(i.slice(0,e.length)!=e)throw Error("string ".concat(JSON.stringify(i)," doesn't start with prefix ").concat(JSON.stringify(e),"; this is a bug"));return t+i.slice(e.length)}function bf(i,e,t){if(!e)return i+t;if(i.slice(-e.length)!=e)throw Error("string ".concat(JSON.stringify(i)," doesn't end with suffix ").concat(JSON.stringify(e),"; this is a bug"));return i.slice(0,-e.length)+t}function ra(i,e){return mf(i,e,"")}function cu(i,e){return bf(i,e,"")}function Jv(i,e){return e.slice(0,lI(i,e))}function lI(i,e){var t=0;i.length>e.length&&(t=i.length-e.length);var s=e.length;i.length<e.length&&(s=i.length);var r=Array(s),n=0;r[0]=0;for(var o=1;o<s;o++){for(e[o]==e[n]?r[o]=r[n]:r[o]=n;n>0&&e[o]!=e[n];)n=r[n];e[o]==e[n]&&n++}n=0;for(var a=t;a<i.length;a++){for(;n>0&&i[a]!=e[n];)n=r[n];i[a]==e[n]&&n++}return n}var xc="a-zA-Z0-9_\\u{C0}-\\u{FF}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}",uI=new RegExp("[".concat(xc,"]+|\\s+|[^").concat(xc,"]"),"ug"),Lh=new Ki;Lh.equals=function(i,e,t){return t.ignoreCase&&(i=i.toLowerCase(),e=e.toLowerCase()),i.trim()===e.trim()};Lh.tokenize=function(i){var e=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},t;if(e.intlSegmenter){if(e.intlSegmenter.resolvedOptions().granularity!="word")throw new Error('The segmenter passed must have a granularity of "word"');t=Array.from(e.intlSegmenter.segment(i),function(n){return n.segment})}else t=i.match(uI)||[];var s=[],r=null;return t.forEach(function(n){/\s/.test(n)?r==null?s.push(n):s.push(s.pop()+n):/\s/.test(r)?s[s.length-1]==r?s.push(s.pop()+n):s.push(r+n):s.push(n),r=n}),s};Lh.join=function(i){return i.map(function(e,t){return t==0?e:e.replace(/^\s+/,"")}).join("")};Lh.postProcess=function(i,e){if(!i||e.oneChangePerToken)return i;var t=null,s=null,r=null;return i.forEach(function(n){n.added?s=n:n.removed?r=n:((s||r)&&Qv(t,r,s,n),t=n,s=null,r=null)}),(s||r)&&Qv(t,r,s,null),i};function Qv(i,e,t,s){if(e&&t){var r=e.value.match(/^\s*/)[0],n=e.value.match(/\s*$/)[0],o=t.value.match(/^\s*/)[0],a=t.value.match(/\s*$/)[0];if(i){var l=Xv(r,o);i.value=bf(i.value,o,l),e.value=ra(e.value,l),t.value=ra(t.value,l)}if(s){var h=Zv(n,a);s.value=mf(s.value,a,h),e.value=cu(e.value,h),t.value=cu(t.value,h)}}else if(t)i&&(t.value=t.value.replace(/^\s*/,"")),s&&(s.value=s.value.replace(/^\s*/,""));else if(i&&s){var d=s.value.match(/^\s*/)[0],f=e.value.match(/^\s*/)[0],v=e.value.match(/\s*$/)[0],_=Xv(d,f);e.value=ra(e.value,_);var T=Zv(ra(d,_),v);e.value=cu(e.value,T),s.value=mf(s.value,d,T),i.value=bf(i.value,d,d.slice(0,d.length-T.length))}else if(s){var $=s.value.match(/^\s*/)[0],D=e.value.match(/\s*$/)[0],L=Jv(D,$);e.value=cu(e.value,L)}else if(i){var H=i.value.match(/\s*$/)[0],X=e.value.match(/^\s*/)[0],R=Jv(H,X);e.value=ra(e.value,R)}}var cI=new Ki;cI.tokenize=function(i){var e=new RegExp("(\\r?\\n)|[".concat(xc,"]+|[^\\S\\n\\r]+|[^").concat(xc,"]"),"ug");return i.match(e)||[]};var zm=new Ki;zm.tokenize=function(i,e){e.stripTrailingCr&&(i=i.replace(/\r\n/g,`
`));var t=[],s=i.split(/(\n|\r\n)/);s[s.length-1]||s.pop();for(var r=0;r<s.length;r++){var n=s[r];r%2&&!e.newlineIsToken?t[t.length-1]+=n:t.push(n)}return t};zm.equals=function(i,e,t){return t.ignoreWhitespace?((!t.newlineIsToken||!i.includes(`
`))&&(i=i.trim()),(!t.newlineIsToken||!e.includes(`
`))&&(e=e.trim())):t.ignoreNewlineAtEof&&!t.newlineIsToken&&(i.endsWith(`
`)&&(i=i.slice(0,-1)),e.endsWith(`
`)&&(e=e.slice(0,-1))),Ki.prototype.equals.call(this,i,e,t)};var hI=new Ki;hI.tokenize=function(i){return i.split(/(\S.+?[.!?])(?=\s+|$)/)};var dI=new Ki;dI.tokenize=function(i){return i.split(/([{}:;,]|\s+)/)};function gf(i){"@babel/helpers - typeof";return gf=typeof Symbol=="function"&&typeof Symbol.iterator=="symbol"?function(e){return typeof e}:function(e){return e&&typeof Symbol=="function"&&e.constructor===Symbol&&e!==Symbol.prototype?"symbol":typeof e},gf(i)}var ll=new Ki;ll.useLongestToken=!0;ll.tokenize=zm.tokenize;ll.castInput=function(i,e){var t=e.undefinedReplacement,s=e.stringifyReplacer,r=s===void 0?function(n,o){return typeof o>"u"?t:o}:s;return typeof i=="string"?i:JSON.stringify(vf(i,null,null,r),r,"  ")};ll.equals=function(i,e,t){return Ki.prototype.equals.call(ll,i.replace(/,([\r\n])/g,"$1"),e.replace(/,([\r\n])/g,"$1"),t)};function vf(i,e,t,s,r){e=e||[],t=t||[],s&&(i=s(r,i));var n;for(n=0;n<e.length;n+=1)if(e[n]===i)return t[n];var o;if(Object.prototype.toString.call(i)==="[object Array]"){for(e.push(i),o=new Array(i.length),t.push(o),n=0;n<i.length;n+=1)o[n]=vf(i[n],e,t,s,r);return e.pop(),t.pop(),o}if(i&&i.toJSON&&(i=i.toJSON()),gf(i)==="object"&&i!==null){e.push(i),o={},t.push(o);var a=[],l;for(l in i)Object.prototype.hasOwnProperty.call(i,l)&&a.push(l);for(a.sort(),n=0;n<a.length;n+=1)l=a[n],o[l]=vf(i[l],e,t,s,l);e.pop(),t.pop()}else o=i;return o}var yf=new Ki;yf.tokenize=function(i){return i.slice()};yf.join=yf.removeEmpty=function(i){return i};class Bs extends Event{static{this.TYPE="expansion-change"}constructor(){super(Bs.TYPE,{bubbles:!0,composed:!1,cancelable:!1})}}class tn extends Event{static{this.TYPE="expansion-entry-collapsed"}constructor(e){super(tn.TYPE,{bubbles:!0,composed:!1,cancelable:!1}),this.entry=e}}class sn extends Event{static{this.TYPE="expansion-entry-expanded"}constructor(e){super(sn.TYPE,{bubbles:!0,composed:!1,cancelable:!1}),this.entry=e}}class Vw extends oe{constructor(){super(...arguments),this._expansion=new Dt([],e=>e.entityType+e.unique),this.expansion=this._expansion.asObservable()}isExpanded(e){return this._expansion.asObservablePart(t=>t?.some(s=>s.entityType===e.entityType&&s.unique===e.unique))}entry(e){return this._expansion.asObservablePart(t=>t?.find(s=>s.entityType===e.entityType&&s.unique===e.unique))}setExpansion(e){this._expansion.setValue(e),this.getHostElement()?.dispatchEvent(new Bs)}getExpansion(){return this._expansion.getValue()}async expandItem(e){this._expansion.appendOne(e),this.getHostElement()?.dispatchEvent(new sn(e)),this.getHostElement()?.dispatchEvent(new Bs)}expandItems(e){!e||e.length===0||(this._expansion.append(e),e.forEach(t=>{this.getHostElement()?.dispatchEvent(new sn(t))}),this.getHostElement()?.dispatchEvent(new Bs))}async collapseItem(e){this._expansion.filter(t=>t.entityType!==e.entityType||t.unique!==e.unique),this.getHostElement()?.dispatchEvent(new tn(e)),this.getHostElement()?.dispatchEvent(new Bs)}collapseItems(e){!e||e.length===0||(this._expansion.filter(t=>!e.some(s=>s.entityType===t.entityType&&s.unique===t.unique)),e.forEach(t=>{this.getHostElement()?.dispatchEvent(new tn(t))}),this.getHostElement()?.dispatchEvent(new Bs))}async collapseAll(){this._expansion.setValue([]),this.getHostElement()?.dispatchEvent(new Bs)}async getItem(e){return this._expansion.getValue().find(s=>s.entityType===e.entityType&&s.unique===e.unique)}}function ey(i,e,t,s=0){return i>t.left-s&&i<t.right+s&&e>t.top-s&&e<t.bottom+s}class Nh extends Event{constructor(){super("action-executed",{bubbles:!0,composed:!0,cancelable:!1})}}class ut extends Event{static{this.TYPE="change"}constructor(){super(ut.TYPE,{bubbles:!0,composed:!1,cancelable:!1})}}class Bw extends Event{static{this.TYPE="closed"}constructor(){super(Bw.TYPE,{bubbles:!1,composed:!1,cancelable:!1})}}class Ua extends Event{static{this.TYPE="deselected"}constructor(e,t){super(Ua.TYPE,{bubbles:!0,composed:!1,cancelable:!1,...t}),this.unique=e}}class jw extends Event{static{this.TYPE="opened"}constructor(){super(jw.TYPE,{bubbles:!1,composed:!1,cancelable:!1})}}class qw extends Event{static{this.TYPE="progress"}constructor(e){super(qw.TYPE,{bubbles:!0,composed:!1,cancelable:!1}),this.progress=e}}class Da extends Event{static{this.TYPE="selected"}constructor(e,t){super(Da.TYPE,{bubbles:!0,composed:!1,cancelable:!1,...t}),this.unique=e}}class Hw extends Event{static{this.TYPE="selection-change"}constructor(e){super(Hw.TYPE,{bubbles:!0,composed:!1,cancelable:!1,...e})}}class Fw extends EventTarget{constructor(){super(...arguments),this.#e={totalItems:0,totalPages:1,currentPage:1},this.#t=new Ri(10),this.pageSize=this.#t.asObservable(),this.#i=new Ri(this.#e.totalItems),this.totalItems=this.#i.asObservable(),this.#s=new Ri(this.#e.totalPages),this.totalPages=this.#s.asObservable(),this.#r=new Ri(this.#e.currentPage),this.currentPage=this.#r.asObservable(),this.#n=new Ri(0),this.skip=this.#n.asObservable()}#e;#t;#i;#s;#r;#n;setPageSize(e){this.#t.setValue(e),this.#o()}getPageSize(){return this.#t.getValue()}getTotalItems(){return this.#i.getValue()}setTotalItems(e){this.#i.setValue(e),this.#o()}getTotalPages(){return this.#s.getValue()}getCurrentPageNumber(){return this.#r.getValue()}setCurrentPageNumber(e){e<1&&(e=1),e>this.#s.getValue()&&(e=this.#s.getValue()),this.#r.setValue(e),this.#a(),this.dispatchEvent(new ut)}getSkip(){return this.#n.getValue()}clear(){this.#i.setValue(this.#e.totalItems),this.#s.setValue(this.#e.totalPages),this.#r.setValue(this.#e.currentPage),this.#n.setValue(0)}#o(){let e=Math.ceil(this.#i.getValue()/this.#t.getValue());e=e===0?1:e,this.#s.setValue(e),this.getCurrentPageNumber()>e&&this.setCurrentPageNumber(e)}#a(){const e=Math.max(0,(this.#r.getValue()-1)*this.#t.getValue());this.#n.setValue(e)}getDisplayStart(){return this.getSkip()+1}getDisplayEnd(){return Math.min(this.getSkip()+this.getPageSize(),this.getTotalItems())}}class pI extends oe{constructor(){super(...arguments),this.#e=new fi(void 0),this.#t=new Dt([],e=>e.unique),this.#i=new Ri(50),this.takeSize=this.#i.asObservable(),this.#s=new Ri(0),this.totalItems=this.#s.asObservable(),this.#r=new Ri(0),this.totalPrevItems=this.#r.asObservable(),this.#n=new Ri(0),this.totalNextItems=this.#n.asObservable()}#e;#t;#i;#s;#r;#n;getBaseTarget(){return this.#e.getValue()}setBaseTarget(e){this.#e.setValue(e)}getNewBaseTarget(){const e=this.getBaseTarget();if(!e)return;const t=this.#t.getValue(),s=t.findIndex(o=>o.unique===e.unique);if(s===-1)return;const r=t[s+1],n=t[s-1];return r||n}hasBaseTargetInCurrentItems(){try{return this.#o()!==-1}catch{return!1}}getTakeSize(){return this.#i.getValue()}setTakeSize(e){this.#i.setValue(e)}getCurrentItems(){return this.#t.getValue()}setCurrentItems(e){this.#t.setValue(e)}prependCurrentItems(e){this.#t.prepend(e)}appendCurrentItems(e){this.#t.append(e)}removeFromCurrentItems(e){this.#t.remove([e.unique])}getTotalItems(){return this.#s.getValue()}setTotalItems(e){this.#s.setValue(e)}getStartTarget(){const e=this.#t.getValue()[0];if(!e)throw new Error("No Start Target found");return{entityType:e.entityType,unique:e.unique}}getNewStartTarget(){const e=this.getStartTarget();if(!e)return;const t=this.#t.getValue(),s=t.findIndex(r=>r.unique===e.unique);if(s!==-1)return t[s+1]}getEndTarget(){const e=this.#t.getValue().slice(-1)[0];if(!e)throw new Error("No End Target found");return{entityType:e.entityType,unique:e.unique}}getNewEndTarget(){const e=this.getEndTarget();if(!e)return;const t=this.#t.getValue(),s=t.findIndex(r=>r.unique===e.unique);if(s!==-1)return t[s-1]}setTotalItemsBeforeStartTarget(e){this.#r.setValue(e??0)}setTotalItemsAfterEndTarget(e){const t=e!==void 0?e:this.getTotalItems()-this.#t.getValue().length;this.#n.setValue(t)}getNumberOfCurrentItemsBeforeBaseTarget(){return this.#o()}getNumberOfCurrentItemsAfterBaseTarget(){const e=this.#o();return this.#t.getValue().length-e-1}clear(){this.#s.setValue(0),this.#t.clear(),this.#r.setValue(0),this.#n.setValue(0),this.#e.setValue(void 0)}#o(){const e=this.getBaseTarget();if(!e)throw new Error("Base target is not set");const s=this.#t.getValue().findIndex(r=>r.unique===e.unique);if(s===-1)throw new Error("Base target is not in the current items");return s}}const fI=i=>encodeURIComponent(i).replaceAll(".","%2E").replaceAll(":","%3A"),mI=i=>fI(i),ty=i=>{const e=i.match(/[A-Z]{2,}(?=[A-Z][a-z]+[0-9]*|\b)|[A-Z]?[a-z]+[0-9]*|[A-Z]|[0-9]+/g)?.map(t=>t.slice(0,1).toUpperCase()+t.slice(1).toLowerCase()).join("");return e&&e.slice(0,1).toLowerCase()+e.slice(1)||""};function Vo(i,e=","){return i?i.split(e).map(t=>t.trim()).filter(t=>t.length>0)??[]:[]}function bI(i,e){return Array.isArray(i)?i.some(t=>e.indexOf(t)!==-1):e.indexOf(i)!==-1}function gI(i){return i?.indexOf("~/")===0&&(i=i.slice(1)),i?.indexOf("/wwwroot/")===0&&(i=i.slice(8)),i}const vI=/:([^/]+)/g;function Ru(i,e){return e?i.replace(vI,(t,...s)=>{const r=e[s[0]];return r===void 0?`:${s[0]}`:r===null?"null":r.toString()}):i}const yI=/[\uD800-\uDBFF][\uDC00-\uDFFF]/g,_I=/([^#-~| |!])/g;function wI(i){return typeof i!="string"&&!(i instanceof String)?i:i.toString().replace(/&/g,"&amp;").replace(yI,function(e){const t=e.charCodeAt(0),s=e.charCodeAt(1);return"&#"+((t-55296)*1024+(s-56320)+65536)+";"}).replace(_I,function(e){return"&#"+e.charCodeAt(0)+";"}).replace(/</g,"&lt;").replace(/>/g,"&gt;")}function iy(i,e){(e==null||e>i.length)&&(e=i.length);for(var t=0,s=Array(e);t<e;t++)s[t]=i[t];return s}function xI(i){if(Array.isArray(i))return i}function EI(i,e){var t=i==null?null:typeof Symbol<"u"&&i[Symbol.iterator]||i["@@iterator"];if(t!=null){var s,r,n,o,a=[],l=!0,h=!1;try{if(n=(t=t.call(i)).next,e!==0)for(;!(l=(s=n.call(t)).done)&&(a.push(s.value),a.length!==e);l=!0);}catch(d){h=!0,r=d}finally{try{if(!l&&t.return!=null&&(o=t.return(),Object(o)!==o))return}finally{if(h)throw r}}return a}}function CI(){throw new TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function $I(i,e){return xI(i)||EI(i,e)||kI(i,e)||CI()}function kI(i,e){if(i){if(typeof i=="string")return iy(i,e);var t={}.toString.call(i).slice(8,-1);return t==="Object"&&i.constructor&&(t=i.constructor.name),t==="Map"||t==="Set"?Array.from(i):t==="Arguments"||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t)?iy(i,e):void 0}}const Ww=Object.entries,TI=Object.keys,sy=Object.setPrototypeOf,PI=Object.isFrozen,Gw=Object.getPrototypeOf,Yw=Object.getOwnPropertyDescriptor;let Ye=Object.freeze,Me=Object.seal,js=Object.create,Kw=typeof Reflect<"u"&&Reflect,Ec=Kw.apply,_f=Kw.construct;Ye||(Ye=function(e){return e});Me||(Me=function(e){return e});Ec||(Ec=function(e,t){for(var s=arguments.length,r=new Array(s>2?s-2:0),n=2;n<s;n++)r[n-2]=arguments[n];return e.apply(t,r)});_f||(_f=function(e){for(var t=arguments.length,s=new Array(t>1?t-1:0),r=1;r<t;r++)s[r-1]=arguments[r];return new e(...s)});const ns=ge(Array.prototype.forEach),SI=ge(Array.prototype.lastIndexOf),ry=ge(Array.prototype.pop),na=ge(Array.prototype.push),AI=ge(Array.prototype.slice),II=ge(Array.prototype.splice),Kn=Array.isArray,rp=Xw(Set),np=ge(Set.prototype.add),oa=ge(Set.prototype.has),jr=ge(String.prototype.toLowerCase),op=ge(String.prototype.toString),OI=ge(String.prototype.match),hu=ge(String.prototype.replace),ap=ge(String.prototype.indexOf),UI=ge(String.prototype.trim),DI=ge(Number.prototype.toString),RI=ge(Boolean.prototype.toString),ny=typeof BigInt>"u"?null:ge(BigInt.prototype.toString),oy=typeof Symbol>"u"?null:ge(Symbol.prototype.toString),rt=ge(Object.prototype.hasOwnProperty),aa=ge(Object.prototype.toString),MI=RegExp.prototype.test,He=function(e,t){return e instanceof RegExp&&(e.lastIndex=0),Ec(MI,e,[t])},os=Xw(TypeError);function ge(i){return function(e){for(var t=arguments.length,s=new Array(t>1?t-1:0),r=1;r<t;r++)s[r-1]=arguments[r];return Ec(i,e,s)}}function Xw(i){return function(){for(var e=arguments.length,t=new Array(e),s=0;s<e;s++)t[s]=arguments[s];return _f(i,t)}}function te(i,e){let t=arguments.length>2&&arguments[2]!==void 0?arguments[2]:jr;if(sy&&sy(i,null),!Kn(e))return i;let s=e.length;for(;s--;){let r=e[s];if(typeof r=="string"){const n=t(r);n!==r&&(PI(e)||(e[s]=n),r=n)}i[r]=!0}return i}function LI(i){for(let e=0;e<i.length;e++)rt(i,e)||(i[e]=null);return i}function Cc(i){const e=js(null);for(const s of Ww(i)){var t=$I(s,2);const r=t[0],n=t[1];rt(i,r)&&(Kn(n)?e[r]=LI(n):n&&typeof n=="object"&&n.constructor===Object?e[r]=Cc(n):e[r]=n)}return e}function ya(i){const e=js(null),t=TI(i);let s=t.length;for(;s--;)e[t[s]]=i[t[s]];return e}function NI(i){switch(typeof i){case"string":return i;case"number":return DI(i);case"boolean":return RI(i);case"bigint":return ny?ny(i):"0";case"symbol":return oy?oy(i):"Symbol()";case"undefined":return aa(i);case"function":case"object":{if(i===null)return aa(i);const e=i,t=Ht(e,"toString");if(typeof t=="function"){const s=t(e);return typeof s=="string"?s:aa(s)}return aa(i)}default:return aa(i)}}function Ht(i,e){for(;i!==null;){const s=Yw(i,e);if(s){if(s.get)return ge(s.get);if(typeof s.value=="function")return ge(s.value)}i=Gw(i)}function t(){return null}return t}function zI(i,e){for(;i!==null;){const t=Yw(i,e);if(t)return t.get?ge(t.get):null;i=Gw(i)}return null}function VI(i){if(!i)return!1;try{return He(i,""),!0}catch{return!1}}const ay=Ye(["a","abbr","acronym","address","area","article","aside","audio","b","bdi","bdo","big","blink","blockquote","body","br","button","canvas","caption","center","cite","code","col","colgroup","content","data","datalist","dd","decorator","del","details","dfn","dialog","dir","div","dl","dt","element","em","fieldset","figcaption","figure","font","footer","form","h1","h2","h3","h4","h5","h6","head","header","hgroup","hr","html","i","img","input","ins","kbd","label","legend","li","main","map","mark","marquee","menu","menuitem","meter","nav","nobr","ol","optgroup","option","output","p","picture","pre","progress","q","rp","rt","ruby","s","samp","search","section","select","shadow","slot","small","source","spacer","span","strike","strong","style","sub","summary","sup","table","tbody","td","template","textarea","tfoot","th","thead","time","tr","track","tt","u","ul","var","video","wbr"]),lp=Ye(["svg","a","altglyph","altglyphdef","altglyphitem","animatecolor","animatemotion","animatetransform","circle","clippath","defs","desc","ellipse","filter","font","g","glyph","glyphref","hkern","image","line","lineargradient","marker","mask","metadata","mpath","path","pattern","polygon","polyline","radialgradient","rect","stop","style","switch","symbol","text","textpath","title","tref","tspan","view","vkern"]),up=Ye(["feBlend","feColorMatrix","feComponentTransfer","feComposite","feConvolveMatrix","feDiffuseLighting","feDisplacementMap","feDistantLight","feDropShadow","feFlood","feFuncA","feFuncB","feFuncG","feFuncR","feGaussianBlur","feImage","feMerge","feMergeNode","feMorphology","feOffset","fePointLight","feSpecularLighting","feSpotLight","feTile","feTurbulence"]),BI=Ye(["animate","color-profile","cursor","discard","font-face","font-face-format","font-face-name","font-face-src","font-face-uri","foreignobject","hatch","hatchpath","mesh","meshgradient","meshpatch","meshrow","missing-glyph","script","set","solidcolor","unknown","use"]),cp=Ye(["math","menclose","merror","mfenced","mfrac","mglyph","mi","mlabeledtr","mmultiscripts","mn","mo","mover","mpadded","mphantom","mroot","mrow","ms","mspace","msqrt","mstyle","msub","msup","msubsup","mtable","mtd","mtext","mtr","munder","munderover","mprescripts"]),jI=Ye(["maction","maligngroup","malignmark","mlongdiv","mscarries","mscarry","msgroup","mstack","msline","msrow","semantics","annotation","annotation-xml","mprescripts","none"]),ly=Ye(["#text"]),uy=Ye(["accept","action","align","alt","autocapitalize","autocomplete","autopictureinpicture","autoplay","background","bgcolor","border","capture","cellpadding","cellspacing","checked","cite","class","clear","color","cols","colspan","command","commandfor","controls","controlslist","coords","crossorigin","datetime","decoding","default","dir","disabled","disablepictureinpicture","disableremoteplayback","download","draggable","enctype","enterkeyhint","exportparts","face","for","headers","height","hidden","high","href","hreflang","id","inert","inputmode","integrity","ismap","kind","label","lang","list","loading","loop","low","max","maxlength","media","method","min","minlength","multiple","muted","name","nonce","noshade","novalidate","nowrap","open","optimum","part","pattern","placeholder","playsinline","popover","popovertarget","popovertargetaction","poster","preload","pubdate","radiogroup","readonly","rel","required","rev","reversed","role","rows","rowspan","spellcheck","scope","selected","shape","size","sizes","slot","span","srclang","start","src","srcset","step","style","summary","tabindex","title","translate","type","usemap","valign","value","width","wrap","xmlns"]),hp=Ye(["accent-height","accumulate","additive","alignment-baseline","amplitude","ascent","attributename","attributetype","azimuth","basefrequency","baseline-shift","begin","bias","by","class","clip","clippathunits","clip-path","clip-rule","color","color-interpolation","color-interpolation-filters","color-profile","color-rendering","cx","cy","d","dx","dy","diffuseconstant","direction","display","divisor","dominant-baseline","dur","edgemode","elevation","end","exponent","fill","fill-opacity","fill-rule","filter","filterunits","flood-color","flood-opacity","font-family","font-size","font-size-adjust","font-stretch","font-style","font-variant","font-weight","fx","fy","g1","g2","glyph-name","glyphref","gradientunits","gradienttransform","height","href","id","image-rendering","in","in2","intercept","k","k1","k2","k3","k4","kerning","keypoints","keysplines","keytimes","lang","lengthadjust","letter-spacing","kernelmatrix","kernelunitlength","lighting-color","local","marker-end","marker-mid","marker-start","markerheight","markerunits","markerwidth","maskcontentunits","maskunits","max","mask","mask-type","media","method","mode","min","name","numoctaves","offset","operator","opacity","order","orient","orientation","origin","overflow","paint-order","path","pathlength","patterncontentunits","patterntransform","patternunits","pointer-events","points","preservealpha","preserveaspectratio","primitiveunits","r","rx","ry","radius","refx","refy","repeatcount","repeatdur","restart","result","rotate","scale","seed","shape-rendering","slope","specularconstant","specularexponent","spreadmethod","startoffset","stddeviation","stitchtiles","stop-color","stop-opacity","stroke-dasharray","stroke-dashoffset","stroke-linecap","stroke-linejoin","stroke-miterlimit","stroke-opacity","stroke","stroke-width","style","surfacescale","systemlanguage","tabindex","tablevalues","targetx","targety","transform","transform-origin","text-anchor","text-decoration","text-orientation","text-rendering","textlength","type","u1","u2","unicode","values","vector-effect","viewbox","visibility","version","vert-adv-y","vert-origin-x","vert-origin-y","width","word-spacing","wrap","writing-mode","xchannelselector","ychannelselector","x","x1","x2","xmlns","y","y1","y2","z","zoomandpan"]),cy=Ye(["accent","accentunder","align","bevelled","close","columnalign","columnlines","columnspacing","columnspan","denomalign","depth","dir","display","displaystyle","encoding","fence","frame","height","href","id","largeop","length","linethickness","lquote","lspace","mathbackground","mathcolor","mathsize","mathvariant","maxsize","minsize","movablelimits","notation","numalign","open","rowalign","rowlines","rowspacing","rowspan","rspace","rquote","scriptlevel","scriptminsize","scriptsizemultiplier","selection","separator","separators","stretchy","subscriptshift","supscriptshift","symmetric","voffset","width","xmlns"]),du=Ye(["xlink:href","xml:id","xlink:title","xml:space","xmlns:xlink"]),qI=Me(/{{[\w\W]*|^[\w\W]*}}/g),HI=Me(/<%[\w\W]*|^[\w\W]*%>/g),FI=Me(/\${[\w\W]*/g),WI=Me(/{{|}}|\${|<%|%>|&lt;%|%&gt;/),GI=Me(/^data-[\-\w.\u00B7-\uFFFF]+$/),YI=Me(/^aria-[\-\w]+$/),hy=Me(/^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.\-]+(?:[^a-z+.\-:]|$))/i),KI=Me(/^(?:\w+script|data):/i),XI=Me(/[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g),ZI=Me(/^html$/i),JI=Me(/^[a-z][.\w]*(-[.\w]+)+$/i),dp=Me(/<[/\w!]/g),dy=Me(/<[/\w]/g),QI=Me(/<\/no(script|embed|frames)/i),py=Me(/\/>/i),eO=Me(/((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i),tO=Me(/^[\r\n\t ]+/),Te={element:1,text:3,processingInstruction:7,comment:8,document:9,documentFragment:11},iO=Ye(te({},["style","script","xmp","iframe","noembed","noframes","plaintext","noscript"])),sO=function(){return typeof window>"u"?null:window},rO=function(e,t){if(typeof e!="object"||typeof e.createPolicy!="function")return null;let s=null;const r="data-tt-policy-suffix";t&&t.hasAttribute(r)&&(s=t.getAttribute(r));const n="dompurify"+(s?"#"+s:"");try{return e.createPolicy(n,{createHTML(o){return o},createScriptURL(o){return o}})}catch{return console.warn("TrustedTypes policy "+n+" could not be created."),null}},fy=function(){return{afterSanitizeAttributes:[],afterSanitizeElements:[],afterSanitizeShadowDOM:[],beforeSanitizeAttributes:[],beforeSanitizeElements:[],beforeSanitizeShadowDOM:[],uponSanitizeAttribute:[],uponSanitizeElement:[],uponSanitizeShadowNode:[]}},Ms=function(e,t,s,r){return rt(e,t)&&Kn(e[t])?te(r.base?ya(r.base):{},e[t],r.transform):s},pp=function(e,t,s){const r=rt(e,t)?e[t]:void 0;return r&&typeof r=="object"?Cc(r):s};function Zw(){let i=arguments.length>0&&arguments[0]!==void 0?arguments[0]:sO();const e=C=>Zw(C);if(e.version="3.4.18",e.removed=[],!i||!i.document||i.document.nodeType!==Te.document||!i.Element)return e.isSupported=!1,e;let t=i.document;const s=t,r=s.currentScript,n=i.HTMLTemplateElement,o=i.Node,a=i.Element,l=i.NodeFilter,h=i.DOMParser,d=i.trustedTypes,f=a.prototype,v=Ht(f,"cloneNode"),_=Ht(f,"remove"),T=Ht(f,"removeAttributeNode"),$=Ht(f,"nextSibling"),D=Ht(f,"childNodes"),L=Ht(f,"parentNode"),H=Ht(f,"shadowRoot"),X=Ht(f,"attributes"),R=o&&o.prototype?Ht(o.prototype,"nodeType"):null,j=o&&o.prototype?Ht(o.prototype,"nodeName"):null,z=o&&o.prototype?Ht(o.prototype,"ownerDocument"):null,G=function(p){return R?R(p):p.nodeType},ie=function(p){return j?j(p):p.nodeName},qt=zI(f,"namespaceURI"),St=function(p){return qt?qt(p):p.namespaceURI};if(typeof n=="function"){const C=t.createElement("template");C.content&&C.content.ownerDocument&&(t=C.content.ownerDocument)}let Oe,bt="",Pr,Sr=!1,xi=0;const Ko=function(){if(xi>0)throw os('A configured TRUSTED_TYPES_POLICY callback (createHTML or createScriptURL) must not call DOMPurify.sanitize, as that causes infinite recursion. Do not pass a policy whose callbacks wrap DOMPurify as TRUSTED_TYPES_POLICY; see the "DOMPurify and Trusted Types" section of the README.')},At=function(p){Ko(),xi++;try{return Oe.createHTML(p)}finally{xi--}},Xo=function(p){return Oe&&fd?At(p):p},It=function(p){Ko(),xi++;try{return Oe.createScriptURL(p)}finally{xi--}},Nl=function(){return Sr||(Pr=rO(d,r),Sr=!0),Pr},zl=t,ad=zl.implementation,Fx=zl.createNodeIterator,Wx=zl.createDocumentFragment,Gx=zl.getElementsByTagName,Yx=s.importNode;let ye=fy();e.isSupported=typeof Ww=="function"&&typeof L=="function"&&ad&&ad.createHTMLDocument!==void 0;const Kx=qI,Xx=HI,Zx=FI,Jx=GI,Qx=YI,eE=KI,tE=XI,iE=JI;let Ob=hy,_e=null;const ld=te({},[...ay,...lp,...up,...cp,...ly]);let we=null;const ud=te({},[...uy,...hp,...cy,...du]);let Ei=null,Zo=null,Ub=null;const Is=Object.seal(js(null,{tagCheck:{writable:!0,configurable:!1,enumerable:!0,value:null},attributeCheck:{writable:!0,configurable:!1,enumerable:!0,value:null}}));let Db=!0,cd=!0,Rb=!1,hd=!0,Ji=!1,Ar=!0,Ir=!1,dd=!1,Vl=null,Bl=null,pd=!1,wn=!1,jl=!1,fd=!1,Mb=!0,Lb=!1;const Nb="user-content-";let md=!0,bd=!1,Or=null,xn=!1,Ur=null;const zb=te({},["annotation-xml","audio","colgroup","desc","foreignobject","head","iframe","math","mi","mn","mo","ms","mtext","noembed","noframes","noscript","plaintext","script","selectedcontent","style","svg","template","thead","title","video","xmp"]);let Vb=null;const Bb=te({},["audio","video","img","source","image","track"]);let jb=null;const qb=te({},["alt","class","for","id","label","name","pattern","placeholder","role","summary","title","value","style","xmlns"]),ql="http://www.w3.org/1998/Math/MathML",Hl="http://www.w3.org/2000/svg",Ci="http://www.w3.org/1999/xhtml";let En=Ci,gd=!1,Hb=null;const sE=te({},[ql,Hl,Ci],op),rE=Ye(te({},["mi","mo","mn","ms","mtext"]));let vd=null;const nE=Ye(te({},["annotation-xml"]));let yd=null;const oE=Ye(js(null)),aE=te({},["title","style","font","a","script"]);let Jo=null;const lE=["application/xhtml+xml","text/html"],uE="text/html";let ke=null,Fl=null;const cE=t.createElement("form"),Fb=function(p){return p instanceof RegExp||p instanceof Function},_d=function(){let p=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};(!p||typeof p!="object")&&(p={}),p=Cc(p),Jo=lE.indexOf(p.PARSER_MEDIA_TYPE)===-1?uE:p.PARSER_MEDIA_TYPE,ke=Jo==="application/xhtml+xml"?op:jr,_e=Ms(p,"ALLOWED_TAGS",ld,{transform:ke}),we=Ms(p,"ALLOWED_ATTR",ud,{transform:ke}),Hb=Ms(p,"ALLOWED_NAMESPACES",sE,{transform:op}),jb=Ms(p,"ADD_URI_SAFE_ATTR",qb,{transform:ke,base:qb}),Vb=Ms(p,"ADD_DATA_URI_TAGS",Bb,{transform:ke,base:Bb}),Ur=Ms(p,"FORBID_CONTENTS",zb,{transform:ke}),Zo=Ms(p,"FORBID_TAGS",js(null),{transform:ke}),Ub=Ms(p,"FORBID_ATTR",js(null),{transform:ke}),xn=rt(p,"USE_PROFILES")?p.USE_PROFILES&&typeof p.USE_PROFILES=="object"?Cc(p.USE_PROFILES):p.USE_PROFILES:!1,Db=p.ALLOW_ARIA_ATTR!==!1,cd=p.ALLOW_DATA_ATTR!==!1,Rb=p.ALLOW_UNKNOWN_PROTOCOLS||!1,hd=p.ALLOW_SELF_CLOSE_IN_ATTR!==!1,Ji=p.SAFE_FOR_TEMPLATES||!1,Ar=p.SAFE_FOR_XML!==!1,Ir=p.WHOLE_DOCUMENT||!1,wn=p.RETURN_DOM||!1,jl=p.RETURN_DOM_FRAGMENT||!1,fd=p.RETURN_TRUSTED_TYPE||!1,pd=p.FORCE_BODY||!1,Mb=p.SANITIZE_DOM!==!1,Lb=p.SANITIZE_NAMED_PROPS||!1,md=p.KEEP_CONTENT!==!1,bd=p.IN_PLACE||!1,Ob=VI(p.ALLOWED_URI_REGEXP)?p.ALLOWED_URI_REGEXP:hy,En=typeof p.NAMESPACE=="string"?p.NAMESPACE:Ci,vd=pp(p,"MATHML_TEXT_INTEGRATION_POINTS",rE),yd=pp(p,"HTML_INTEGRATION_POINTS",nE);const b=pp(p,"CUSTOM_ELEMENT_HANDLING",oE);if(Ei=js(null),rt(b,"tagNameCheck")&&Fb(b.tagNameCheck)&&(Ei.tagNameCheck=b.tagNameCheck),rt(b,"attributeNameCheck")&&Fb(b.attributeNameCheck)&&(Ei.attributeNameCheck=b.attributeNameCheck),rt(b,"allowCustomizedBuiltInElements")&&typeof b.allowCustomizedBuiltInElements=="boolean"&&(Ei.allowCustomizedBuiltInElements=b.allowCustomizedBuiltInElements),Me(Ei),Ji&&(cd=!1),jl&&(wn=!0),xn&&((rt(p,"ALLOWED_TAGS")||rt(p,"ALLOWED_ATTR"))&&typeof console<"u"&&typeof console.warn=="function"&&console.warn("DOMPurify: USE_PROFILES overrides ALLOWED_TAGS and ALLOWED_ATTR. Do not use these options together."),_e=te({},ly),we=js(null),xn.html===!0&&(te(_e,ay),te(we,uy)),xn.svg===!0&&(te(_e,lp),te(we,hp),te(we,du)),xn.svgFilters===!0&&(te(_e,up),te(we,hp),te(we,du)),xn.mathMl===!0&&(te(_e,cp),te(we,cy),te(we,du))),Is.tagCheck=null,Is.attributeCheck=null,rt(p,"ADD_TAGS")&&(typeof p.ADD_TAGS=="function"?Is.tagCheck=p.ADD_TAGS:Kn(p.ADD_TAGS)&&(_e===ld&&(_e=ya(_e)),te(_e,p.ADD_TAGS,ke))),rt(p,"ADD_ATTR")&&(typeof p.ADD_ATTR=="function"?Is.attributeCheck=p.ADD_ATTR:Kn(p.ADD_ATTR)&&(we===ud&&(we=ya(we)),te(we,p.ADD_ATTR,ke))),rt(p,"ADD_FORBID_CONTENTS")&&Kn(p.ADD_FORBID_CONTENTS)&&(Ur===zb&&(Ur=ya(Ur)),te(Ur,p.ADD_FORBID_CONTENTS,ke)),md&&(_e["#text"]=!0),Ir&&te(_e,["html","head","body"]),_e.table&&(_e.tbody=!0,delete Zo.tbody),p.TRUSTED_TYPES_POLICY){if(typeof p.TRUSTED_TYPES_POLICY.createHTML!="function")throw os('TRUSTED_TYPES_POLICY configuration option must provide a "createHTML" hook.');if(typeof p.TRUSTED_TYPES_POLICY.createScriptURL!="function")throw os('TRUSTED_TYPES_POLICY configuration option must provide a "createScriptURL" hook.');const x=Oe;Oe=p.TRUSTED_TYPES_POLICY;try{bt=At("")}catch(k){throw Oe=x,k}}else p.TRUSTED_TYPES_POLICY===null?(Oe=void 0,bt=""):(Oe===void 0&&(Oe=Nl()),Oe&&typeof bt=="string"&&(bt=At("")));Fl=Ye(p)},Wb=te({},[...lp,...up,...BI]),Gb=te({},[...cp,...jI]),hE=function(p,b,x){return b===Ci?p==="svg":b===ql?p==="svg"&&(x==="annotation-xml"||vd[x]):!!Wb[p]},dE=function(p,b,x){return b===Ci?p==="math":b===Hl?p==="math"&&yd[x]:!!Gb[p]},pE=function(p,b,x){return b===Hl&&!yd[x]||b===ql&&!vd[x]?!1:!Gb[p]&&(aE[p]||!Wb[p])},fE=function(p){const b=St(p),x=jr(ie(p)),k=L(p);let M=En,B="template";return k&&G(k)===Te.element&&(M=St(k),B=jr(ie(k))),Hb[b]?b===Hl?hE(x,M,B):b===ql?dE(x,M,B):b===Ci?pE(x,M,B):Jo==="application/xhtml+xml":!1},Os=function(p){na(e.removed,{element:p});try{L(p).removeChild(p)}catch{if(_(p),!L(p))throw os("a node selected for removal could not be detached from its tree and cannot be safely returned; refusing to sanitize in place")}},Yb=function(p,b,x){try{T(p,b)}catch{try{p.removeAttribute(x)}catch{}}},wd=function(p){Cd(p);const b=D(p);b&&ns(AI(b),x=>{try{_(x)}catch{}}),G(p)===Te.element&&xd(p,!1)},Cn=function(p,b,x){if(!x)try{x=b.getAttributeNode(p)}catch{x=null}if(na(e.removed,{attribute:x||null,from:b}),x)Yb(b,x,p);else try{b.removeAttribute(p)}catch{}if(p==="is")if(wn||jl)try{Os(b)}catch{}else try{b.setAttribute(p,"")}catch{}},xd=function(p,b){const x=X(p);if(x)for(let k=x.length-1;k>=0;--k){const M=x[k],B=M&&M.name;typeof B=="string"&&!(b&&we[ke(B)])&&Yb(p,M,B)}},Ed=function(p,b){let x=arguments.length>2&&arguments[2]!==void 0?arguments[2]:!1;const k=[p];for(;k.length>0;){const M=k.pop();if(b(M)===!1)continue;if(x&&G(M)===Te.element){const Z=H(M);$n(Z)&&k.push(Z)}const B=D(M);if(B)for(let Z=B.length-1;Z>=0;--Z)k.push(B[Z])}},Cd=function(p){Ed(p,b=>{G(b)===Te.element&&xd(b,!0)})},$d=function(p){const b=[];return Ed(p,x=>{b.push(x)},!0),b},mE=function(p,b){const x=rp();ns($d(p),k=>{G(k)===Te.element&&np(x,k)}),ns(b,k=>{G(k)===Te.element&&!oa(x,k)&&xd(k,!0)})},Kb=function(p,b){let x=!1;return ns(e.removed,k=>{k.element&&(x=x||k.element===p,Cd(k.element))}),mE(p,b),x},bE=8,gE=function(p,b){const x=Or;let k=null;const M=()=>(k||(k=rp(),ns(b,B=>{np(k,B)})),k);for(let B=0;;B++){const Z=$d(p),Ne=[p];let Qi=!1;if(ns(Z,ai=>{G(ai)===Te.documentFragment?na(Ne,ai):!Qi&&!oa(x,ai)&&(Qi=oa(M(),ai))}),!Qi)return;if(B>=bE)throw os("the tree kept changing during in-place sanitization; refusing to return it");ns(Ne,(ai,Ot)=>{vE(ai,Ot>0,p,M())})}},vE=function(p,b,x,k){const M=Wl(p);let B;for(;B=M.nextNode();)!oa(k,B)||oa(Or,B)||(b&&oi(ye.uponSanitizeShadowNode,B,null),Sd(B,x))},yE=function(p){Or&&np(Or,p)},Xb=function(p,b){return Ar?p==="patchsrc"?!0:p==="for"&&b!=="label"&&b!=="output":!1},_E=function(p){Ar&&Ed(p,b=>{const x=G(b);if(x===Te.processingInstruction||x===Te.comment&&He(dy,b.data)){try{_(b)}catch{}return!1}if(x===Te.element){const k=b,M=ke(ie(b));try{k.hasAttribute&&k.hasAttribute("patchsrc")&&k.removeAttribute("patchsrc"),k.hasAttribute&&k.hasAttribute("for")&&Xb("for",M)&&k.removeAttribute("for")}catch{}}return!0})},Zb=function(p){let b=null,x=null;if(pd)p="<remove></remove>"+p;else{const B=OI(p,tO);x=B&&B[0]}Jo==="application/xhtml+xml"&&En===Ci&&(p='<html xmlns="http://www.w3.org/1999/xhtml"><head></head><body>'+p+"</body></html>");const k=Oe?At(p):p;if(En===Ci)try{b=new h().parseFromString(k,Jo)}catch{}if(!b||!b.documentElement){b=ad.createDocument(En,"template",null);try{b.documentElement.innerHTML=gd?bt:k}catch{}}const M=b.body||b.documentElement;return p&&x&&M.insertBefore(t.createTextNode(x),M.childNodes[0]||null),En===Ci?Gx.call(b,Ir?"html":"body")[0]:Ir?b.documentElement:M},Wl=function(p){let b=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!1;const x=z?z(p):p.ownerDocument;return Fx.call(x||p,p,(b?0:l.SHOW_ELEMENT)|l.SHOW_COMMENT|l.SHOW_TEXT|l.SHOW_PROCESSING_INSTRUCTION|l.SHOW_CDATA_SECTION,null)},kd=function(p){return p=hu(p,Kx," "),p=hu(p,Xx," "),p=hu(p,Zx," "),p},Td=function(p){var b;Pd(p);const x=(b=p.querySelectorAll)===null||b===void 0?void 0:b.call(p,"template");x&&ns(x,k=>{$n(k.content)&&Td(k.content)})},Pd=function(p){p.normalize();const b=Wl(p,!0);let x=b.nextNode();for(;x;)x.data=kd(x.data),x=b.nextNode()},Gl=function(p){const b=j?j(p):null;return typeof b!="string"||ke(b)!=="form"?!1:typeof p.nodeName!="string"||typeof p.textContent!="string"||typeof p.removeChild!="function"||p.attributes!==X(p)||typeof p.removeAttribute!="function"||typeof p.removeAttributeNode!="function"||typeof p.getAttributeNode!="function"||typeof p.setAttribute!="function"||typeof p.namespaceURI!="string"||typeof p.insertBefore!="function"||typeof p.hasChildNodes!="function"||p.nodeType!==R(p)||p.childNodes!==D(p)},Jb=function(p){if(!R||typeof p!="object"||p===null)return null;try{const b=R(p);return typeof b=="number"?b:null}catch{return null}},$n=function(p){return Jb(p)===Te.documentFragment},Qo=function(p){return Jb(p)!==null};function oi(C,p,b){C.length!==0&&ns(C,x=>{x.call(e,p,b,Fl)})}const wE=function(p,b,x){return!!(Ar&&x===Te.element&&p.hasChildNodes()&&!Qo(p.firstElementChild)&&He(dp,p.textContent)&&He(dp,p.innerHTML)||Ar&&iO[b]&&x===Te.element&&St(p)===Ci&&(Qo(p.firstElementChild)||typeof p.textContent=="string"&&He(dp,p.textContent))||x===Te.processingInstruction||Ar&&x===Te.comment&&He(dy,p.data))},Yl=function(p,b){if(p instanceof RegExp)return He(p,b);if(p instanceof Function){for(var x=arguments.length,k=new Array(x>2?x-2:0),M=2;M<x;M++)k[M-2]=arguments[M];return!!p(b,...k)}return!1},xE=function(p,b,x){if(!Zo[b]&&tg(b)&&Yl(Ei.tagNameCheck,b))return!1;if(md&&!Ur[b]&&!Ur[jr(b)]){const k=L(p),M=D(p);if(M&&k){const B=M.length;for(let Z=B-1;Z>=0;--Z){const Ne=p===x?v(M[Z],!0):M[Z];k.insertBefore(Ne,$(p))}}}return Os(p),!0},Qb=function(p,b,x,k){return p.length===0?b:b===x||b===k?ya(b):b},kn=function(p,b){return p===b||L(p)!==null?!1:(bd&&Cd(p),!0)},EE=function(p,b){if(yE(p),oi(ye.beforeSanitizeElements,p,null),kn(p,b))return!0;if(Gl(p))return Os(p),!0;const x=ke(ie(p)),k=G(p);if(_e=Qb(ye.uponSanitizeElement,_e,ld,Vl),oi(ye.uponSanitizeElement,p,{tagName:x,allowedTags:_e}),kn(p,b))return!0;if(wE(p,x,k))return Os(p),!0;if(Zo[x]||!(Is.tagCheck instanceof Function&&Is.tagCheck(x))&&!_e[x]){const M=xE(p,x,b);return M===!1&&(oi(ye.afterSanitizeElements,p,null),kn(p,b))?!0:M}if(k===Te.element&&!fE(p)||(x==="noscript"||x==="noembed"||x==="noframes")&&He(QI,p.innerHTML))return Os(p),!0;if(Ji&&k===Te.text){const M=p.textContent,B=kd(M);M!==B&&(na(e.removed,{element:p.cloneNode()}),p.textContent=B)}return oi(ye.afterSanitizeElements,p,null),kn(p,b)},eg=function(p,b,x){if(Ub[b]||Xb(b,p)||Mb&&(b==="id"||b==="name")&&(x in t||x in cE))return!1;const k=we[b]||Is.attributeCheck instanceof Function&&Is.attributeCheck(b,p);if(cd&&He(Jx,b)||Db&&He(Qx,b))return!0;if(!k)return tg(p)&&Yl(Ei.tagNameCheck,p)&&Yl(Ei.attributeNameCheck,b,p)||b==="is"&&Ei.allowCustomizedBuiltInElements&&Yl(Ei.tagNameCheck,x);if(jb[b])return!0;const M=hu(x,tE,"");return He(Ob,M)||(b==="src"||b==="xlink:href"||b==="href")&&p!=="script"&&ap(x,"data:")===0&&Vb[p]||Rb&&!He(eE,M)?!0:!x},CE=te({},["annotation-xml","color-profile","font-face","font-face-format","font-face-name","font-face-src","font-face-uri","missing-glyph"]),tg=function(p){return!CE[jr(p)]&&He(iE,p)},$E=function(p,b,x,k){if(Oe&&typeof d=="object"&&typeof d.getAttributeType=="function"&&!x)switch(d.getAttributeType(p,b)){case"TrustedHTML":return At(k);case"TrustedScriptURL":return It(k)}return k},kE=function(p,b,x,k){try{return x?p.setAttributeNS(x,b,k):p.setAttribute(b,k),Gl(p)?(Os(p),!1):!0}catch{return Cn(b,p),!1}},ig=function(p,b){return Ar&&He(eO,b)?!0:jr(p)==="attributename"&&ap(b,"href")!==-1},TE=function(p,b){if(oi(ye.beforeSanitizeAttributes,p,null),kn(p,b))return;const x=p.attributes;if(!x||Gl(p))return;we=Qb(ye.uponSanitizeAttribute,we,ud,Bl);const k={attrName:"",attrValue:"",keepAttr:!0,allowedAttributes:we,forceKeepAttr:void 0};let M=x.length;const B=ke(ie(p));for(;M--;){const Z=x[M],Ne=Z.name,Qi=Z.namespaceURI,ai=Z.value,Ot=ke(Ne),$i=ai;let Qe=Ne==="value"?$i:UI($i),sg=!1;if(k.attrName=Ot,k.attrValue=Qe,k.keepAttr=!0,k.forceKeepAttr=void 0,oi(ye.uponSanitizeAttribute,p,k),Qe=k.attrValue,Lb&&(Ot==="id"||Ot==="name")&&ap(Qe,Nb)!==0&&(Cn(Ne,p,Z),Qe=Nb+Qe,sg=!0),ig(Ne,Qe)){Cn(Ne,p,Z);continue}if(!k.forceKeepAttr){if(!k.keepAttr){Cn(Ne,p,Z);continue}if(!hd&&He(py,Qe)){Cn(Ne,p,Z);continue}if(Ji&&(Qe=kd(Qe)),!eg(B,Ot,Qe)){Cn(Ne,p,Z);continue}Qe=$E(B,Ot,Qi,Qe),Qe!==$i&&kE(p,Ne,Qi,Qe)&&sg&&ry(e.removed)}}oi(ye.afterSanitizeAttributes,p,null),kn(p,b)},Sd=function(p,b){EE(p,b),TE(p,b),$n(p.content)&&Ad(p.content)},Ad=function(p){let b=null;const x=Wl(p);for(oi(ye.beforeSanitizeShadowDOM,p,null);b=x.nextNode();)if(oi(ye.uponSanitizeShadowNode,b,null),Sd(b,p),G(b)===Te.element){const k=H(b);$n(k)&&(Id(k),Ad(k))}Ji&&Pd(p),oi(ye.afterSanitizeShadowDOM,p,null)},Id=function(p){const b=[{node:p,shadow:null}];for(;b.length>0;){const x=b.pop();if(x.shadow){Ad(x.shadow);continue}const k=x.node,M=G(k)===Te.element,B=D(k);if(B)for(let Z=B.length-1;Z>=0;--Z)b.push({node:B[Z],shadow:null});if(M){const Z=j?j(k):null;if(typeof Z=="string"&&ke(Z)==="template"){const Ne=k.content;$n(Ne)&&b.push({node:Ne,shadow:null})}}if(M){const Z=H(k);$n(Z)&&b.push({node:null,shadow:Z},{node:Z,shadow:null})}}};return e.sanitize=function(C){let p=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},b=null,x=null,k=null,M=null;if(gd=!C,gd&&(C="<!-->"),typeof C!="string"&&!Qo(C)&&(C=NI(C),typeof C!="string"))throw os("dirty is not a string, aborting");if(!e.isSupported)return C;dd?(_e=Vl,we=Bl):_d(p),e.removed=[];const B=bd&&typeof C!="string"&&Qo(C);let Z=[];const Ne=Or;if(B){_E(C);const $i=ie(C);if(typeof $i=="string"){const Qe=ke($i);if(!_e[Qe]||Zo[Qe])throw wd(C),os("root node is forbidden and cannot be sanitized in-place")}if(Gl(C))throw wd(C),os("root node is clobbered and cannot be sanitized in-place");Z=$d(C),Or=rp()}else if(Qo(C))b=Zb("<!---->"),x=b.ownerDocument.importNode(C,!0),x.nodeType===Te.element&&x.nodeName==="BODY"||x.nodeName==="HTML"?b=x:b.appendChild(x),Id(b);else{if(!wn&&!Ji&&!Ir&&C.indexOf("<")===-1)return Xo(C);if(b=Zb(C),!b)return wn?null:fd?bt:""}b&&pd&&Os(b.firstChild);const Qi=B?C:b;try{B&&Id(C);const $i=Wl(Qi);for(;k=$i.nextNode();)Sd(k,Qi);B&&gE(C,Z)}catch($i){throw B&&(wd(C),Kb(C,Z)),$i}finally{Or=Ne}if(B){if(Kb(C,Z))throw os("a node selected for removal could not be safely returned; refusing to sanitize in place");return Ji&&Td(C),C}if(wn){if(Ji&&Td(b),jl)for(M=Wx.call(b.ownerDocument);b.firstChild;)M.appendChild(b.firstChild);else M=b;return(we.shadowroot||we.shadowrootmode)&&(M=Yx.call(s,M,!0)),M}const ai=()=>Ir?b.outerHTML:b.innerHTML;let Ot=ai();return Ji&&He(WI,Ot)&&(Pd(b),Ot=ai()),Ir&&_e["!doctype"]&&b.ownerDocument&&b.ownerDocument.doctype&&b.ownerDocument.doctype.name&&He(ZI,b.ownerDocument.doctype.name)&&(Ot="<!DOCTYPE "+b.ownerDocument.doctype.name+`>
`+Ot),Xo(Ot)},e.setConfig=function(){let C=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};_d(C),dd=!0,Vl=_e,Bl=we},e.clearConfig=function(){Fl=null,dd=!1,Vl=null,Bl=null,Oe=Pr,bt=""},e.isValidAttribute=function(C,p,b){Fl||_d({});const x=ke(C),k=ke(p);return typeof b=="string"&&(ig(p,b)||!hd&&He(py,b))?!1:eg(x,k,b)},e.addHook=function(C,p){typeof p=="function"&&rt(ye,C)&&na(ye[C],p)},e.removeHook=function(C,p){if(rt(ye,C)){if(p!==void 0){const b=SI(ye[C],p);return b===-1?void 0:II(ye[C],b,1)[0]}return ry(ye[C])}},e.removeHooks=function(C){rt(ye,C)&&(ye[C]=[])},e.removeAllHooks=function(){ye=fy()},e}var nO=Zw();class oO extends oe{constructor(e){super(e),this._states=new Dt([],t=>t.unique),this.states=this._states.asObservable(),this.isOn=this._states.asObservablePart(t=>t.length>0),this.isOff=this._states.asObservablePart(t=>t.length===0)}addState(e){if(!e.unique)throw new Error("State must have a unique property");if(this._states.getValue().find(t=>t.unique===e.unique))throw new Error("State with unique already exists");this._states.setValue([...this._states.getValue(),e])}addStates(e){e.forEach(t=>this.addState(t))}removeState(e){this._states.removeOne(e)}removeStates(e){this._states.remove(e)}getStates(){return this._states.getValue()}getIsOn(){return this._states.getValue().length>0}getIsOff(){return this._states.getValue().length===0}clear(){this._states.setValue([])}destroy(){super.destroy(),this._states.destroy()}}class aO extends oO{constructor(){super(...arguments),this.isReadOnly=this.isOn}getIsReadOnly(){return this.getIsOn()}}const Jw=[{alias:"text",varName:"--uui-color-text"},{alias:"yellow",varName:"--uui-palette-sunglow"},{alias:"pink",varName:"--uui-palette-spanish-pink"},{alias:"blue",varName:"--uui-palette-violet-blue"},{alias:"light-blue",varName:"--uui-palette-malibu"},{alias:"red",varName:"--uui-palette-maroon-flush"},{alias:"green",varName:"--uui-palette-jungle-green"},{alias:"brown",varName:"--uui-palette-chamoisee"},{alias:"grey",varName:"--uui-palette-dusty-grey"},{alias:"black",legacy:!0,varName:"--uui-color-text"},{alias:"blue-grey",legacy:!0,varName:"--uui-palette-dusty-grey"},{alias:"indigo",legacy:!0,varName:"--uui-palette-malibu"},{alias:"purple",legacy:!0,varName:"--uui-palette-space-cadet"},{alias:"deep-purple",legacy:!0,varName:"--uui-palette-space-cadet"},{alias:"cyan",legacy:!0,varName:"-uui-palette-jungle-green"},{alias:"light-green",legacy:!0,varName:"-uui-palette-jungle-green"},{alias:"lime",legacy:!0,varName:"-uui-palette-jungle-green"},{alias:"amber",legacy:!0,varName:"--uui-palette-chamoisee"},{alias:"orange",legacy:!0,varName:"--uui-palette-chamoisee"},{alias:"deep-orange",legacy:!0,varName:"--uui-palette-cocoa-brown"}];function lO(i){return Jw.find(t=>t.alias===i)?.varName}class zh extends Error{constructor(){super(...arguments),this.name="UmbError"}static isUmbError(e){return e instanceof zh||e.name==="UmbError"}}class fo extends zh{constructor(){super(...arguments),this.name="UmbCancelError"}static isUmbCancelError(e){return e instanceof fo||e.name==="UmbCancelError"}static fromLegacyCancelError(e){return new fo(e.message)}}class Ws extends zh{constructor(e,t,s,r){super(e),this.name="UmbApiError",this.status=t,this.request=s,this.problemDetails=r}static isUmbApiError(e){return e instanceof Ws||e.name==="UmbApiError"}static fromLegacyApiError(e){let t=null;if(typeof e.body<"u"&&e.body)try{t=typeof e.body=="string"?JSON.parse(e.body):e.body}catch(s){console.error("Error parsing error body (expected JSON)",s)}return new Ws(e.message,e.status??0,e.request,t??{title:e.message,type:"ApiError",status:e.status??0})}}class uO extends oe{constructor(e,t,s){super(e,s),this._promise=t}mapToUmbError(e){return tI(e)?new Ws(e.detail??e.title,e.status,null,e):JA(e)?Ws.fromLegacyApiError(e):QA(e)?fo.fromLegacyCancelError(e):fo.isUmbCancelError(e)||Ws.isUmbApiError(e)?e:new Ws(e instanceof Error?e.message:"Unknown error",0,null,{status:0,title:"Unknown error",detail:e instanceof Error?e.message:"Unknown error",errors:void 0,type:"error",stack:e instanceof Error?e.stack:void 0})}cancel(){eI(this._promise)&&this._promise.cancel()}hostDisconnected(){super.hostDisconnected(),this.cancel()}destroy(){super.destroy(),this.cancel()}async _peekError(e,t,s){const r=this._host;(await _r(async()=>{const{umbPeekError:n}=await import("./notification-ZzNKemyS.js");return{umbPeekError:n}},[])).umbPeekError(r,{headline:e,message:t,details:s})}}const cO=[401,403,404];class hO extends uO{#e;async tryExecute(e){try{return e?.abortSignal&&(this.#e=e.abortSignal,this.#e.addEventListener("abort",()=>this.cancel(),{once:!0})),await this._promise}catch(t){const s=this.mapToUmbError(t);return e?.disableNotifications||this.#t(s),{error:s}}}destroy(){this.#e&&this.#e.removeEventListener("abort",this.cancel),super.destroy()}#t(e){if(fo.isUmbCancelError(e))return;let t="An error occurred",s="A fatal server error occurred. If this continues, please reach out to your administrator.",r;const n=e;if(n.problemDetails){if(cO.includes(n.problemDetails.status))return;s=n.problemDetails.title,r=n.problemDetails.errors??void 0,(n.problemDetails.detail?.includes("ObjectCacheAppCache")||n.problemDetails.detail?.includes("Umbraco.Cms.Infrastructure.Scoping.Scope.DisposeLastScope()"))&&(t="Please restart the server",s="The Umbraco object cache is corrupt, but your action may still have been executed. Please restart the server to reset the cache. This is a work in progress.")}else s=n instanceof Error?n.message:"An unknown error occurred.";this._peekError(t,s,r),console.error("[UmbTryExecuteController] Error in request:",e)}}async function Gs(i,e,t){const s=new hO(i,e),r=await s.tryExecute(t);return s.destroy(),r}const dO=new W("UmbServerContext");function Nr(i,e){return!(i.length!==e.length||i.some(t=>{const s=e.find(r=>r.alias===t.alias);return!s||t.conditions?.length!==s.conditions?.length?!0:t!==s}))}function la(i,e){return!(i.length!==e.length||e.some(t=>{const s=i.find(r=>r.alias===t.alias);return s===void 0||s!==t||s.alias!==t.alias||s.__isMatchedWithKind!==t.__isMatchedWithKind||s.conditions?.length!==t.conditions?.length}))}function my(i,e){return!(i===void 0||i!==e||i.alias!==e.alias||i.conditions?.length!==e.conditions?.length)}function by(i,e){return!(i===void 0||i!==e||i.alias!==e.alias||i.__isMatchedWithKind!==e.__isMatchedWithKind||i.conditions?.length!==e.conditions?.length)}const fp=(i,e)=>(e.weight||0)-(i.weight||0);class pO{constructor(){this.MANIFEST_TYPES=void 0,this._extensions=new kt([]),this.extensions=this._extensions.asObservable(),this._kinds=new kt([]),this.kinds=this._kinds.asObservable(),this.#e=[],this.#t=new Map,this.#s=e=>!this.#e.includes(e.alias)}#e;#t;#i(e){const t=this.#t.get(e.alias);if(t){if(e={...e},e.conditions)for(const s of t)e.conditions.push(s);else e.conditions=t;this.#t.delete(e.alias)}return e}defineKind(e){if(this._extensions.getValue().find(n=>n.alias===e.alias)){console.error(`Extension Kind with alias ${e.alias} is already registered`);return}const r=this._kinds.getValue().filter(n=>!(n.matchType===e.matchType&&n.matchKind===e.matchKind));r.push(e),this._kinds.setValue(r)}exclude(e){this.#e.push(e),this._extensions.setValue(this._extensions.getValue().filter(this.#s))}#s;register(e){if(!this.#r(e))return;if(e.type==="kind"){this.defineKind(e);return}this.#n(e)&&this._extensions.setValue([...this._extensions.getValue(),this.#i(e)])}getAllExtensions(){return this._extensions.getValue()}registerMany(e){e.forEach(t=>this.register(t))}unregisterMany(e){e.forEach(t=>this.unregister(t))}unregister(e){const t=this._kinds.getValue().filter(r=>r.alias!==e),s=this._extensions.getValue().filter(r=>r.alias!==e);this._kinds.setValue(t),this._extensions.setValue(s)}isRegistered(e){return!!(this._extensions.getValue().find(t=>t.alias===e)||this._kinds.getValue().find(t=>t.alias===e))}clear(){this._extensions.setValue([]),this._kinds.setValue([])}#r(e){return e.type?e.alias?!0:(console.error("Extension is missing alias",e),!1):(console.error("Extension is missing type",e),!1)}#n(e){return this.#s(e)?this._extensions.getValue().find(r=>r.alias===e.alias)?(console.error(`Extension with alias ${e.alias} is already registered`),!1):!0:!1}#o(e){return this.kinds.pipe(xe(t=>t.filter(s=>s.matchType===e)),Ue(Nr))}#a(e){return this.extensions.pipe(xe(t=>t.filter(s=>s.type===e)),Ue(Nr))}#l(e){return this.kinds.pipe(xe(t=>t.filter(s=>e.indexOf(s.matchType)!==-1)),Ue(Nr))}#c(e){return this.extensions.pipe(xe(t=>t.filter(s=>e.indexOf(s.type)!==-1)),Ue(Nr))}#u([e,t]){if(e){const s=t.find(r=>r.matchKind===e.kind)?.manifest;if(s){const r={__isMatchedWithKind:!0,...s,...e};return s.meta&&(r.meta={...s.meta,...e.meta}),r}}return e}#d([e,t]){return e.map(s=>{const r=t.find(n=>n.matchKind===s.kind)?.manifest;if(r){const n={__isMatchedWithKind:!0,...r,...s};return r.meta&&(n.meta={...r.meta,...s.meta}),n}return s}).sort(fp)}byAlias(e){return this.extensions.pipe(xe(t=>t.find(s=>s.alias===e)),Ue(my),pf(t=>t?.kind?this.#o(t.type).pipe(xe(s=>this.#u([t,s]))):_w(t)),Ue(by))}getByAlias(e){const t=this._extensions.getValue().find(s=>s.alias===e);return t?.kind?this.#u([t,this._kinds.getValue()]):t}byTypeAndAlias(e,t){return Vs([this.extensions.pipe(xe(s=>s.find(r=>r.type===e&&r.alias===t)),Ue(my)),this.#o(e)]).pipe(xe(this.#u),Ue(by))}byTypeAndAliases(e,t){return Vs([this.extensions.pipe(xe(s=>s.filter(r=>r.type===e&&t.indexOf(r.alias)!==-1)),Ue(Nr)),this.#o(e)]).pipe(xe(this.#d),Ue(la))}byTypeAndFilter(e,t){return Vs([this.extensions.pipe(xe(s=>s.filter(r=>r.type===e&&t(r))),Ue(Nr)),this.#o(e)]).pipe(xe(this.#d),Ue(la))}getByTypeAndFilter(e,t){const s=this._extensions.getValue().filter(n=>n.type===e&&t(n));if(s.length===0)return[];const r=this._kinds.getValue();return s.map(n=>n?.kind?this.#u([n,r])??n:n).sort(fp)}byTypesAndFilter(e,t){return Vs([this.extensions.pipe(xe(s=>s.filter(r=>e.indexOf(r.type)!==-1&&t(r))),Ue(Nr)),this.#l(e)]).pipe(xe(this.#d),Ue(la))}byType(e){return Vs([this.#a(e),this.#o(e)]).pipe(xe(this.#d),Ue(la))}getByType(e){const t=this._extensions.getValue().filter(r=>r.type===e);if(t.length===0)return[];const s=this._kinds.getValue();return t.map(r=>r?.kind?this.#u([r,s])??r:r).sort(fp)}byTypes(e){return Vs([this.#c(e),this.#l(e)]).pipe(xe(this.#d),Ue(la))}appendCondition(e,t){this.appendConditions(e,[t])}appendConditions(e,t){const s=this.#t.get(e);this.#t.set(e,s?[...s,...t]:t);const r=[...this._extensions.getValue()];for(const n of r)if(n.alias===e){r[r.indexOf(n)]=this.#i(n),this._extensions.setValue(r);break}}}const Ee=new pO;async function $c(i,e,t){const s=Ee.getByAlias(e);if(!s)throw new Error(`Failed to get manifest by alias: ${e}`);const r=await Sh(i,s,t);if(!r)throw new Error(`Failed to create extension api from alias: ${e}`);return r}var Xi=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Qt=class extends I{#e=!1;#t;set type(e){e!==this.#i&&(this.#i=e,this.#o())}get type(){return this.#i}#i;set filter(e){e!==this.#s&&(this.#s=e,this.#o())}get filter(){return this.#s}#s=()=>!0;set props(e){this.#r=e,this.#t&&(this.#t.properties=e)}get props(){return this.#r}#r={};set events(e){this.#n=e,this.#t&&this.#c()}get events(){return this.#n}#n={};connectedCallback(){super.connectedCallback(),this.#e=!0,this.#o()}disconnectedCallback(){this.#u(),this.#e=!1,this.#t?.destroy(),this.#t=void 0,super.disconnectedCallback()}#o(){this.#e&&(this.#t?.destroy(),this.#i&&(this.#t=new Lm(this,Ee,this.#i,this.filter,e=>{this._permitted=e,this.#c()},void 0,this.defaultElement,{single:this.single}),this.#t.properties=this.#r))}render(){return this._permitted?this._permitted.length>0?he(this._permitted,e=>e.alias,this.#l):this.#a():w}#a(){return this.fallbackRenderMethod?this.fallbackRenderMethod():c`<slot></slot>`}#l=(e,t)=>this.renderMethod?this.renderMethod(e,t):e.component;#c(){this._permitted?.forEach(e=>{const t=e.component;if(!t)return;const s=this.#n;s&&(this.#u(),Object.entries(s).forEach(([r,n])=>{t.addEventListener(r,n)}))})}#u(){this._permitted?.forEach(e=>{const t=e.component;if(!t)return;const s=this.#n;s&&Object.entries(s).forEach(([r,n])=>{t.removeEventListener(r,n)})})}static{this.styles=g`
		:host {
			display: contents;
		}
	`}};Xi([m()],Qt.prototype,"_permitted",void 0);Xi([u({type:Boolean})],Qt.prototype,"single",void 0);Xi([u({type:String})],Qt.prototype,"type",null);Xi([u({type:Object,attribute:!1})],Qt.prototype,"filter",null);Xi([u({type:Object,attribute:!1})],Qt.prototype,"props",null);Xi([u({type:Object,attribute:!1})],Qt.prototype,"events",null);Xi([u({type:String,attribute:"default-element"})],Qt.prototype,"defaultElement",void 0);Xi([u({attribute:!1})],Qt.prototype,"renderMethod",void 0);Xi([u({attribute:!1})],Qt.prototype,"fallbackRenderMethod",void 0);Qt=Xi([A("umb-extension-slot")],Qt);var si=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Lt=class extends I{#e=!1;#t;get type(){return this.#i}set type(e){e!==this.#i&&(this.#i=e,this.#a())}#i;get filter(){return this.#s}set filter(e){e!==this.#s&&(this.#s=e,this.#a())}#s=()=>!0;get elementProps(){return this.#r}set elementProps(e){this.#r=e,this.#t&&(this.#t.elementProperties=e)}#r={};get apiArgs(){return this.#n}set apiArgs(e){e!==this.#n&&(this.#n=e,this.#a())}#n=[];get apiProps(){return this.#o}set apiProps(e){this.#o=e,this.#t&&(this.#t.apiProperties=e)}#o={};connectedCallback(){super.connectedCallback(),this.#e=!0,this.#a()}disconnectedCallback(){this.#e=!1,this.#t?.destroy(),this.#t=void 0,super.disconnectedCallback()}#a(){this.#e&&(this.#t?.destroy(),this.#i&&(this.#t=new Nm(this,Ee,this.#i,this.#n,this.filter,e=>{this._permitted=e},void 0,this.defaultElement,this.defaultApi,{single:this.single}),this.#t.apiProperties=this.#o,this.#t.elementProperties=this.#r))}render(){return this._permitted?this._permitted.length>0?he(this._permitted,e=>e.alias,this.#c):this.#l():w}#l(){return this.fallbackRenderMethod?this.fallbackRenderMethod():c`<slot></slot>`}#c=(e,t)=>this.renderMethod?this.renderMethod(e,t):e.component;static{this.styles=g`
		:host {
			display: contents;
		}
	`}};si([m()],Lt.prototype,"_permitted",void 0);si([u({type:Boolean})],Lt.prototype,"single",void 0);si([u({type:String})],Lt.prototype,"type",null);si([u({type:Object,attribute:!1})],Lt.prototype,"filter",null);si([u({attribute:!1})],Lt.prototype,"elementProps",null);si([u({attribute:!1})],Lt.prototype,"apiArgs",null);si([u({attribute:!1})],Lt.prototype,"apiProps",null);si([u({type:String,attribute:"default-element"})],Lt.prototype,"defaultElement",void 0);si([u({type:String,attribute:"default-api"})],Lt.prototype,"defaultApi",void 0);si([u()],Lt.prototype,"renderMethod",void 0);si([u({attribute:!1})],Lt.prototype,"fallbackRenderMethod",void 0);Lt=si([A("umb-extension-with-api-slot")],Lt);var Vm=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let kc=class extends Dh(ae){get manifest(){}set manifest(e){this._alias=e?.alias,this.name=e?.name??""}connectedCallback(){super.connectedCallback(),this.#e("icon-umb-manifest")}#e(e){if(e!==""&&e!==null){const t=new ir(ir.ICON_REQUEST,{detail:{iconName:e}});this.dispatchEvent(t),t.icon!==null&&t.icon.then(s=>{this.fallbackIcon=s,this.requestUpdate("fallbackIcon")})}}renderDetail(){return c`<small id="detail">${this._alias}<slot name="detail"></slot></small>`}};Vm([u({type:Object,attribute:!1})],kc.prototype,"manifest",null);Vm([m()],kc.prototype,"_alias",void 0);kc=Vm([A("umb-ref-manifest")],kc);var Vh=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};class Bo extends I{get alias(){return this.#e}set alias(e){this.#e=e,this.#s()}#e;set props(e){this.#t=e,this.#i&&(this.#i.elementProps=e)}get props(){return this.#t}#t={};#i;#s(){this.alias&&(this.#i=new Pw(this,Ee,this.alias,[this],this.#r,this.getDefaultElementName(),this.getDefaultApiConstructor?.()),this.#i.elementProps=this.props)}#r=(e,t)=>{this.apiChanged(e?t.api:void 0),this.elementChanged(e?t.component:void 0)};apiChanged(e){this._api=e}elementChanged(e){this._element=e,this.requestUpdate("_element")}render(){return this._element}createRenderRoot(){return this}}Vh([u({type:String,reflect:!0})],Bo.prototype,"alias",null);Vh([u({type:Object,attribute:!1})],Bo.prototype,"props",null);Vh([m()],Bo.prototype,"_api",void 0);Vh([m()],Bo.prototype,"_element",void 0);const Tc=new W("UmbModalContext");var fO=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let wf=class extends I{render(){return c`
			<div class="uui-text">
				<h4><umb-localize key="routing_routeForbiddenTitle">Access denied</umb-localize></h4>
				<umb-localize key="routing_routeForbiddenDescription">
					You do not have permission to access this resource. Please contact your administrator for assistance.
				</umb-localize>
			</div>
		`}static{this.styles=[J,g`
			:host {
				display: block;
				width: 100%;
				height: 100%;
				min-width: 0;
			}

			:host > div {
				display: flex;
				flex-direction: column;
				justify-content: center;
				align-items: center;
				height: 100%;
				opacity: 0;
				animation: fadeIn 2s 2s forwards;
			}

			@keyframes fadeIn {
				100% {
					opacity: 100%;
				}
			}
		`]}};wf=fO([A("umb-route-forbidden")],wf);var mO=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let xf=class extends I{render(){return c`
			<div class="uui-text">
				<h4><umb-localize key="routing_routeNotFoundTitle"></umb-localize></h4>
				<umb-localize key="routing_routeNotFoundDescription"></umb-localize>
			</div>
		`}static{this.styles=[J,g`
			:host {
				display: block;
				width: 100%;
				height: 100%;
				min-width: 0;
			}

			:host > div {
				display: flex;
				flex-direction: column;
				justify-content: center;
				align-items: center;
				height: 100%;
				opacity: 0;
				animation: fadeIn 5s 5s forwards;
			}

			@keyframes fadeIn {
				100% {
					opacity: 100%;
				}
			}
		`]}};xf=mO([A("umb-route-not-found")],xf);const Qw="**",e1="\\.\\.\\/",t1=/:([^\\/]+)/g,Bm="router-slot",ul=window,Mu="native",i1="prefix";function s1(i,e){i.dispatchEvent(new CustomEvent("changestate",{detail:e}))}function Ui(i,e){ul.dispatchEvent(new CustomEvent(i,{detail:e}))}function Lu(i,e,t,s){const r=Array.isArray(e)?e:[e];return r.forEach(n=>i.addEventListener(n,t,s)),()=>r.forEach(n=>i.removeEventListener(n,t,s))}function r1(i){i.forEach(e=>e())}const n1=[["pushState",["pushstate","changestate"]],["replaceState",["replacestate","changestate"]],["forward",["pushstate","changestate"]],["go",["pushstate","changestate"]],["back",["popstate"]]];function o1(){for(const[i,e]of n1)for(const t of e)a1(history,i,t);window.addEventListener("popstate",i=>{if(u1({url:window.location.pathname,eventName:"popstate"})){i.preventDefault(),i.stopPropagation();return}setTimeout(()=>Ui("changestate"),0)})}function a1(i,e,t){const s=i[e];l1(i,e,s),i[e]=(...r)=>{const n=r.length>2?r[2]:null;u1({url:n,eventName:t})||(s.apply(i,r),Ui(t))}}function l1(i,e,t){i[Mu]==null&&(i[Mu]={}),i[Mu][`${e}`]=t.bind(i)}function u1(i){return!ul.dispatchEvent(new CustomEvent("willchangestate",{cancelable:!0,detail:i}))}const gy=document.createElement("a");function c1(i={}){return jo(window.location.pathname,i)}function h1(i={}){return jo(p1(c1(),d1()),i)}function d1(i={}){return jm(".",i)}function jm(i,e={}){return gy.href=i,jo(gy.pathname,e)}function p1(i,e){return i.replace(new RegExp(`^${e}`),"")}function f1(){return window.location.search}function Ra(i){return jo(i,{start:!1,end:!1})}function cl(i){return jo(i,{start:!0,end:!0})}function jo(i,{start:e=!0,end:t=!0}={}){return i=e&&!i.startsWith("/")?`/${i}`:!e&&i.startsWith("/")?i.slice(1):i,t&&!i.endsWith("/")?`${i}/`:!t&&i.endsWith("/")?i.slice(0,i.length-1):i}function m1(i,e){const t=[],s=Ra(i.path.replace(t1,(o,...a)=>(t.push(a[0]),"([^/]+)"))),r=i.path===Qw||i.path.length===0&&i.pathMatch!="full"?/^/:(()=>{switch(i.pathMatch||i1){case"full":return new RegExp(`^${s}/?$`);case"suffix":return new RegExp(`^.*?${s}/?$`);case"fuzzy":return new RegExp(`^.*?${s}.*?$`);default:return new RegExp(`^[/]?${s}(?:/|$)`)}})(),n=e.match(r);if(n!=null){const o=t.reduce((h,d,f)=>(h[d]=n[f+1],h),{}),a=Ra(e.slice(0,n[0].length)),l=Ra(e.slice(n[0].length,e.length));return{route:i,match:n,params:o,fragments:{consumed:a,rest:l}}}return null}function Ef(i,e){for(const t of i){const s=m1(t,e);if(s!=null)return s}return null}async function b1(i,e){let t=i.component;if(t instanceof Function)try{t=t()}catch(n){if(!(n instanceof TypeError))throw n}const s=await Promise.resolve(t);let r;return s instanceof HTMLElement?r=s:r=new(s.default?s.default:s.element?s.element:s),i.setup!=null&&await i.setup(r,e),r}function g1(i){return"redirectTo"in i}function v1(i){return"resolve"in i}function y1(i){const e=[i];for(;i.parent!=null;)i=i.parent,e.push(i);const t=e.reduce((r,n)=>({slot:n,child:r}),void 0),s=e.length;return{tree:t,depth:s}}function _1(i,e){let t=i;const s=[];for(;t!=null&&t.slot.match!=null&&e>0;)s.push(t.slot.match.fragments.consumed),t=t.child,e--;return s}function qm(i,e=""){const{tree:t,depth:s}=y1(i);if(!e.startsWith("/")){let r=0;e.startsWith("./")&&(e=e.slice(2));const n=e.match(new RegExp(e1,"g"));if(n!=null){r=n.length;const a=n.reduce((l,h)=>l+h.length,0);e=e.slice(a)}const o=_1(t,s-1-r).filter(a=>a.length>0);e=`${o.join("/")}${o.length>0?"/":""}${e}`}return jm(e,{end:!1})}function w1(i,e){history.replaceState(history.state,"",`${qm(i,e.redirectTo)}${e.preserveQuery?f1():""}`)}function Cf(i,e){if(i==null)return!0;const{route:t,fragments:s}=i,{route:r,fragments:n}=e,o=t.path==r.path,a=s.consumed==n.consumed,l=t.unique===r.unique;return!a||!o||!l}function x1(i){return Hm(i,Bm)}function Hm(i,e,t=0,s=0){const r=i.getRootNode();if(s>=t){const o=r.querySelector(e);if(o!=null&&o!=i)return o}const n=r.getRootNode();return n.host==null?null:Hm(n.host,e,t,++s)}function E1(){const i=/Mac|iPhone|iPad|iPod/.test(navigator.userAgent);window.addEventListener("click",e=>{if(i&&e.metaKey||!i&&e.ctrlKey)return;const t="composedPath"in e?e.composedPath().find(o=>o instanceof HTMLAnchorElement||o instanceof SVGAElement):e.target;if(t==null||!(t instanceof HTMLAnchorElement||t instanceof SVGAElement))return;const s=t instanceof SVGAElement?t.href.baseVal:t.href,r=t instanceof SVGAElement?t.target.baseVal:t.target;let n;try{n=new URL(s,document.baseURI)}catch{return}n.origin!==location.origin||r!==""&&r!=="_self"||t.dataset.routerSlot==="disabled"||(e.preventDefault(),history.pushState(null,"",n))})}function bO(i){return e=>"/"+Ra(Ru(i,e))+"/"}const vy=document.createElement("div");class C1 extends st{#e;#t;#i;#s;#r;#n;#o;constructor(e,t,s){super(e,Bh),this.#t=[],this.#s=[],this.#n=new Re(void 0),this.basePath=this.#n.asObservable(),this.#o=new Re(void 0),this.activeLocalPath=this.#o.asObservable(),this.activePath=Ph([this.basePath,this.activeLocalPath],([r,n])=>r+"/"+n),this.#u=r=>{const n=this.#n.getValue();if(!n)return;const o=this.#o.getValue(),a=n.endsWith("/")?n:n+"/",l=o?o.endsWith("/")?o:o+"/":"",h=a+l+r.generateModalPath(),d=bO(h);r._internal_setRouteBuilder(d)},this.#e=s,this.consumeContext(Hh,r=>{this.#i=r,this.#l()})}getBasePath(){return this.#n.getValue()}getActivePath(){return this.getBasePath()+"/"+this.#o.getValue()}registerModal(e){this.#t.push(e),this.#u(e),this.#l()}unregisterModal(e){const t=this.#t.indexOf(e);t!==-1&&(this.#t.splice(t,1),this.#l())}#a(e){return{__modalKey:e.key,unique:"umbModalKey_"+e.key,path:"/"+e.generateModalPath(),component:vy,setup:async(t,s)=>{if(!this.#i)return;const r=await e.routeSetup(this.#e,this.#i,s.match.params);r&&r._internal_setCurrentModalPath(s.match.fragments.consumed)}}}_internal_removeModalPath(e){if(e&&window.location.href.includes(e)){const t=this.#n.getValue()+"/"+this.#o.getValue();window.history.pushState({},"",t)}}#l(){const e=this.#t.filter(r=>!this.#s.find(n=>r.key===n.__modalKey)),t=this.#s.filter(r=>!this.#t.find(n=>n.key===r.__modalKey));t.some(r=>r.path===this.#r?(this.#i?.close(r.__modalKey),!0):!1);const s=this.#s.filter(r=>!t.includes(r));this.#s=[...s,...e.map(r=>this.#a(r))],this.#s.push({__modalKey:"_empty_",unique:"umbEmptyModal",path:"",component:vy}),this.#e.routes=this.#s,this.#e.render()}_internal_routerGotBasePath(e){this.#n.getValue()!==e&&(this.#n.setValue(e),this.#c())}_internal_routerGotActiveLocalPath(e){this.#o.getValue()!==e&&(this.#o.setValue(e),this.#c())}_internal_modalRouterChanged(e){if(this.#r!==e){if(this.#r){const t=this.#t.find(s=>"/"+s.generateModalPath()===this.#r);t&&this.#i?.close(t.key)}this.#r=e}}#c(){this.#t.forEach(this.#u)}#u;hostDisconnected(){super.hostDisconnected(),this._internal_modalRouterChanged(void 0)}}const Bh=new W("UmbRouterContext");class hl extends rh{static{this.CHANGE="change"}constructor(){super(hl.CHANGE)}}class jh extends rh{static{this.INIT="init"}constructor(){super(jh.INIT)}}const dl=new W("UmbRoutePathAddendum");class gO extends st{#e;constructor(e){super(e,dl),this.#e=new Re(""),this.addendum=this.#e.asObservable()}}var qh=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let mo=class extends I{#e;#t;#i;get routes(){return this.#e.routes}set routes(e){e??=[];const t=this.#e.routes;(e.length!==t?.length||e.filter(s=>t?.findIndex(r=>r.path===s.path)===-1).length>0)&&(this.#e.routes=e)}get parent(){return this.#e.parent}set parent(e){this.#e.parent=e}get absoluteRouterPath(){return this._routerPath}get localActiveViewPath(){return this._activeLocalPath}get absoluteActiveViewPath(){return this._routerPath+"/"+this._activeLocalPath}#s;constructor(){super(),this.#e=document.createElement("router-slot"),this.#t=document.createElement("router-slot"),this.#i=!1,this.#s=new C1(this,this.#e,this.#t),this._onNavigationChanged=e=>{if(e.detail.slot===this.#e){const t=this._constructLocalRouterPath();this._activeLocalPath!==t&&(this._activeLocalPath=t,this.#s._internal_routerGotActiveLocalPath(t),this.dispatchEvent(new hl))}else if(e.detail.slot===this.#t){const t=this.#t.match?.route.path??"";this.#s._internal_modalRouterChanged(t)}},this.#t.parent=this.#e,this.#t.style.display="none",this.#e.addEventListener("changestate",this._updateRouterPath.bind(this)),this.#e.appendChild(document.createElement("slot"))}_constructAbsoluteRouterPath(){return this.#e.constructAbsolutePath("")||""}_constructLocalRouterPath(){return this.#e.match?.fragments.consumed??""}connectedCallback(){this.inheritAddendum!==!0&&new gO(this),super.connectedCallback(),this.#t.parent=this.#e,this.#i===!1&&(window.addEventListener("navigationsuccess",this._onNavigationChanged),this.#i=!0)}disconnectedCallback(){window.removeEventListener("navigationsuccess",this._onNavigationChanged),this.#i=!1,this.#s._internal_modalRouterChanged(void 0),super.disconnectedCallback()}firstUpdated(e){super.firstUpdated(e),this._updateRouterPath()}_updateRouterPath(){const e=this._constructAbsoluteRouterPath();if(this._routerPath!==e){this._routerPath=e,this.#s._internal_routerGotBasePath(this._routerPath),this.dispatchEvent(new jh);const t=this._constructLocalRouterPath();this._activeLocalPath!==t&&(this._activeLocalPath=t,this.#s._internal_routerGotActiveLocalPath(this._activeLocalPath),this.dispatchEvent(new hl))}}render(){return c`${this.#e}${this.#t}`}static{this.styles=[g`
			:host {
				position: relative;
				height: 100%;
			}

			router-slot {
				height: 100%;
			}
		`]}};qh([u({type:Boolean,attribute:"inherit-addendum",reflect:!1})],mo.prototype,"inheritAddendum",void 0);qh([u({attribute:!1})],mo.prototype,"routes",null);qh([u({attribute:!1})],mo.prototype,"parent",null);mo=qh([A("umb-router-slot")],mo);class Fm extends st{#e;#t;#i;constructor(e){super(e,dl),this.#i=new Re(void 0),this.addendum=this.#i.asObservable(),this.consumeContext(dl,t=>{this.observe(t?.addendum,s=>{this.#e=s,this.#s()})}).skipHost()}setAddendum(e){this.#t=e,this.#s()}#s(){if(this.#e===void 0||this.#t===void 0)return;const e=this.#t===""||this.#e===""?this.#t:"/"+this.#t;this.#i.setValue(this.#e+e)}}const $1=i=>encodeURIComponent(i.toLowerCase().replace(/\s+/g,"-")).replace(/_/g,"-").replace(/\./g,"-").replace(/!/g,"-").replace(/~/g,"-").replace(/\*/g,"-").replace(/'/g,"").replace(/\(/g,"-").replace(/\)/g,"-"),vO=/^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i;function yO(i){return typeof i=="string"&&vO.test(i)}const tt=[];for(let i=0;i<256;++i)tt.push((i+256).toString(16).slice(1));function _O(i,e=0){return(tt[i[e+0]]+tt[i[e+1]]+tt[i[e+2]]+tt[i[e+3]]+"-"+tt[i[e+4]]+tt[i[e+5]]+"-"+tt[i[e+6]]+tt[i[e+7]]+"-"+tt[i[e+8]]+tt[i[e+9]]+"-"+tt[i[e+10]]+tt[i[e+11]]+tt[i[e+12]]+tt[i[e+13]]+tt[i[e+14]]+tt[i[e+15]]).toLowerCase()}let mp;const wO=new Uint8Array(16);function xO(){if(!mp){if(typeof crypto>"u"||!crypto.getRandomValues)throw new Error("crypto.getRandomValues() not supported. See https://github.com/uuidjs/uuid#getrandomvalues-not-supported");mp=crypto.getRandomValues.bind(crypto)}return mp(wO)}const EO=typeof crypto<"u"&&crypto.randomUUID&&crypto.randomUUID.bind(crypto),yy={randomUUID:EO};function CO(i,e,t){i=i||{};const s=i.random??i.rng?.()??xO();if(s.length<16)throw new Error("Random bytes length must be >= 16");return s[6]=s[6]&15|64,s[8]=s[8]&63|128,_O(s)}function $O(i,e,t){return yy.randomUUID&&!i?yy.randomUUID():CO(i)}class Ma{static new(){return $O()}static validate(e){return yO(e)}}class rn extends oe{#e;#t;#i;#s=new Map;#r;#n;#o;#a;#l;#c;#u;#d;#h;#f;#p;constructor(e,t,s){super(e,s??t.toString()),this.#o=Ma.new(),this.#l=t,this.consumeContext(dl,r=>{this.observe(r?.addendum,n=>{this.#t=n,this.#m().catch(()=>{})},"observeAddendum")}),this.#e=this.consumeContext(Bh,r=>{this.#r=r,this.#r&&this.#m().catch(()=>{})}).asPromise({preventTimeout:!0}).catch(()=>{})}addAdditionalPath(e){return this.#i=e,this}addUniquePaths(e){return e&&e.forEach(t=>{this.#s.set(t,void 0)}),this}setUniquePathValue(e,t){if(!this.#s.has(e))throw new Error(`Identifier ${e} was not registered at the construction of the modal registration controller, it has to be.`);this.#s.get(e)!==t&&(this.#s.set(e,t),this.#m())}getUniquePathValue(e){return this.#s.get(e)}async#m(){if(await this.#e,!this.#r||this.#t===void 0)return;const e=Array.from(this.#s.values());e.some(s=>s===void 0)&&this.#g(),this.#t!==""&&e.unshift(this.#t),this.#i&&e.push(this.#i);const t=e.join("/")??"";this.path===t&&this.#n===this.#r||(this.#g(),this._setPath(t),this.#r.registerModal(this),this.#n=this.#r)}#g(){this.#r&&this.#n&&(this.#n.unregisterModal(this),this.#n=void 0)}hostConnected(){super.hostConnected(),this.#n||this.#m()}hostDisconnected(){super.hostDisconnected(),this.#n&&(this.#n.unregisterModal(this),this.#n=void 0)}get key(){return this.#o}get alias(){return this.#l}generateModalPath(){return`modal/${$1(this.alias.toString())}${this.path&&this.path!==""?`/${this.path}`:""}`}get path(){return this.#a}_setPath(e){this.#a=e}get active(){return!!this.#h}open(e,t){this.active||!this.#f||window.history.pushState({},"",this.#f(e)+(t?`${t}`:""))}get modalContext(){return this.#h}observeRouteBuilder(e){return this.#p=e,this}_internal_setRouteBuilder(e){this.#r&&(this.#f=e,this.#p?.(e))}onSetup(e){return this.#c=e,this}onSubmit(e){return this.#u=e,this}onReject(e){return this.#d=e,this}#v=e=>{this.#u?.(e,this.#h?.data),this.#h=void 0};#b=()=>{this.#d?.(),this.#h=void 0};async routeSetup(e,t,s){if(this.active)return;const r=this.#c?await this.#c(s):void 0;if(r!==!1){const n={modal:{},...r,router:e};return n.modal.key=this.#o,this.#h=t.open(this,this.#l,n),this.#h.onSubmit().then(this.#v,this.#b),this.#h}}destroy(){super.destroy(),this.#n=void 0,this.#s=void 0,this.#r=void 0}}class mt{#e;#t;constructor(e,t){this.#e=e,t=t?.toString()??"",this.#t=t.lastIndexOf("/")!==t.length-1?t+"/":t}generateLocal(e){return Ru(this.#e,e)}generateAbsolute(e){return(this.#t.indexOf(":")!==-1?Ru(this.#t,e):this.#t)+Ru(this.#e,e)}toString(){return this.#e}}const k1=document.createElement("template");k1.innerHTML="<slot></slot>";o1();E1();class T1 extends HTMLElement{get routes(){return this._routes}set routes(e){this.clear(),this.add(e)}get parent(){return this._parent}set parent(e){this._lockParent=!0,this._setParent(e)}_setParent(e){this._parent!==e&&(this.detachListeners(),this._parent=e,this.attachListeners())}get isRoot(){return this.parent==null}get match(){return this._routeMatch}get route(){return this.match!=null?this.match.route:null}get fragments(){return this.match!=null?this.match.fragments:null}get params(){return this.match!=null?this.match.params:null}constructor(){super(),this.listeners=[],this._routes=[],this._lockParent=!1,this._routeMatch=null,this.addEventListener("router-slot:capture-parent",t=>{t.stopPropagation(),t.detail.parent=this}),this.render=this.render.bind(this),this.attachShadow({mode:"open"}).appendChild(k1.content.cloneNode(!0))}connectedCallback(){if(!this._lockParent){const e=new CustomEvent("router-slot:capture-parent",{composed:!0,bubbles:!0,detail:{parent:null}});this.parentNode?(this.parentNode.dispatchEvent(e),this._setParent(e.detail.parent??null)):this._setParent(null)}this.parent&&requestAnimationFrame(()=>{this.parent&&this.parent.match!==null&&this.match===null&&this.render()})}disconnectedCallback(){this._setParent(null),this._cancelNavigation?.(),this.detachListeners()}queryParentRouterSlot(){return x1(this)}constructAbsolutePath(e){return qm(this,e)}add(e,t){if(this._routes.push(...e),t===void 0&&this.isConnected){const s=this.getRouteMatch();s&&(t=Cf(this.match,s))}t??=this.isRoot&&this.isConnected,t&&this.render()}clear(){this._routes.length=0}async render(){if(!this.isConnected)return;const e=this.getPathFragment();await this.renderPath(e)}getPathFragment(){return this.parent!=null&&this.parent.fragments!=null?this.parent.fragments.rest:h1()}getRouteMatch(){return Ef(this._routes,this.getPathFragment())}attachListeners(){this.listeners.push(this.parent!=null?Lu(this.parent,"changestate",this.render):Lu(ul,"changestate",this.render))}clearChildren(){for(;this.firstChild!=null;)this.firstChild.destroy?.(),this.firstChild.parentNode.removeChild(this.firstChild)}detachListeners(){r1(this.listeners)}notifyChildRouters(e){this._routeMatch!==null&&requestAnimationFrame(()=>{s1(this,e)})}getRedirectDelay(){if("connection"in navigator)switch((navigator.connection||navigator.mozConnection||navigator.webkitConnection).effectiveType){case"slow-2g":case"2g":return 1200;case"3g":return 800;case"4g":return 200}return 400}async renderPath(e){const t=Ef(this._routes,e);if(t==null)return this._routeMatch=null,!1;const{route:s}=t,r={match:t,slot:this};try{const n=Cf(this.match,t);if(n){this._cancelNavigation?.();let o=!1;const a=()=>{o=!0,this._cancelNavigation=void 0};this._cancelNavigation=a;const l=Lu(ul,"changestate",a,{once:!0}),h=()=>{l()},d=()=>(h(),Ui("navigationcancel",r),Ui("navigationend",r),!1);if(Ui("navigationstart",r),s.guards!=null){for(const f of s.guards)if(!await f(r))return d()}if(this.notifyChildRouters(r),g1(s)){if(h(),s.awaitStability===!0){const f=this.getRedirectDelay();if(await new Promise(v=>setTimeout(v,f)),o)return d()}return window.location.href.includes(this.constructAbsolutePath(""))?(w1(this,s),!1):d()}else if(v1(s)){if(await s.resolve(r)===!1)return d()}else{const f=await b1(s,r);if(o)return d();const v=this.firstChild===f;v||this.clearChildren(),this._routeMatch=t,v||f&&this.appendChild(f)}h()}else this.notifyChildRouters(r);return this._routeMatch=t,n&&(Ui("navigationsuccess",r),Ui("navigationend",r)),n}catch(n){throw Ui("navigationerror",r),Ui("navigationend",r),n}}}window.customElements.define(Bm,T1);const kO=Object.freeze(Object.defineProperty({__proto__:null,CATCH_ALL_WILDCARD:Qw,DEFAULT_PATH_MATCH:i1,GLOBAL_ROUTER_EVENTS_TARGET:ul,HISTORY_PATCH_NATIVE_KEY:Mu,PARAM_IDENTIFIER:t1,ROUTER_SLOT_TAG_NAME:Bm,RouterSlot:T1,TRAVERSE_FLAG:e1,UMB_ROUTE_CONTEXT:Bh,UMB_ROUTE_PATH_ADDENDUM_CONTEXT:dl,UmbModalRouteRegistrationController:rn,UmbPathPattern:mt,UmbRouteContext:C1,get UmbRouteForbiddenElement(){return wf},get UmbRouteNotFoundElement(){return xf},UmbRoutePathAddendumContext:Fm,UmbRouterSlotChangeEvent:hl,get UmbRouterSlotElement(){return mo},UmbRouterSlotInitEvent:jh,addListener:Lu,attachCallback:a1,basePath:d1,constructAbsolutePath:qm,constructPathWithBasePath:jm,dispatchGlobalRouterEvent:Ui,dispatchRouteChangeEvent:s1,encodeFolderName:$1,ensureAnchorHistory:E1,ensureHistoryEvents:o1,ensureSlash:cl,getFragments:_1,handleRedirect:w1,historyPatches:n1,isRedirectRoute:g1,isResolverRoute:v1,matchRoute:m1,matchRoutes:Ef,path:c1,pathWithoutBasePath:h1,queryParentRoots:Hm,queryParentRouterSlot:x1,queryString:f1,removeListeners:r1,resolvePageComponent:b1,saveNativeFunction:l1,shouldNavigate:Cf,slashify:jo,stripSlash:Ra,stripStart:p1,traverseRouterTree:y1},Symbol.toStringTag,{value:"Module"})),TO=Symbol();class PO extends oe{#e;#t;#i=[];constructor(e,t,s){super(e,TO),this.#e=t,this.#t=s,t&&(t.addEventListener(Kr,this.#s),t.addEventListener(co,this.#r))}setIgnoreContextAliases(e){return this.#i=e,this}#s=e=>{const t=this.#t();t&&!this.#i.includes(e.contextAlias)&&(e.stopImmediatePropagation(),t.dispatchEvent(e.clone()))};#r=e=>{const t=this.#t();t&&(e.stopPropagation(),t.dispatchEvent(e.clone()))};destroy(){super.destroy(),this.#e&&(this.#e.removeEventListener(Kr,this.#s),this.#e.removeEventListener(co,this.#r))}}var SO=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let _y=class extends I{#e;#t=new kt(void 0);#i;#s;#r=e=>{if(this.#e?.isResolved()===!1&&this.#e?.router){e.stopImmediatePropagation(),e.preventDefault(),this.#e._internal_removeCurrentModal();return}this.element?.removeEventListener(Wr,this.#r),this.#e?.reject({type:"close"})};async init(e){if(this.#e===e)return;if(this.#e=e,!this.#e){this.destroy();return}this.#e.addEventListener("umb:destroy",this.#h),this.#e.view.provideAt(this),this.element=await this.#n(),this.element.addEventListener(Wr,this.#r),new PO(this,this.element,()=>this.#e?.getHostElement()).setIgnoreContextAliases([Tc.contextAlias]),this.#e.onSubmit().then(()=>{this.element?.close()},()=>{this.element?.close()}),this.#e.router?(this.#s=document.createElement("umb-router-slot"),this.#s.routes=[{unique:"_umbEmptyRoute_",path:"",component:document.createElement("slot")}],this.#s.parent=this.#e.router):(this.#s=document.createElement("div"),this.#s.style.display="contents",new kS(this.#s,Bh).hostConnected()),this.element.appendChild(this.#s),this.#l(this.#e.alias.toString()),new X_(this.element,Tc,this.#e).hostConnected()}async#n(){if(this.#e.type=="custom"&&this.#e?.element){const e=await Ah(this.#e.element);return new e}return this.#e.type==="sidebar"?this.#o():this.#a()}#o(){const e=document.createElement("uui-modal-sidebar");return this.observe(this.#e.size,t=>{e.size=t},"observeSize"),e}#a(){return document.createElement("uui-modal-dialog")}#l(e){this.#i?.destroy(),this.observe(Ee.byTypeAndAlias("modal",e),async t=>{if(this.#d(),t){const s=await this.#c(t);s&&this.#u(s)}})}async#c(e){const t=await Pl(e);if(this.#e)return t&&(t.manifest=e,t.data=this.#e.data,t.modalContext=this.#e),t}#u(e){this.#s.appendChild(e),this.#t.setValue(e)}#d(){const e=this.#t.getValue();e&&(this.#s.removeChild(e),this.#t.setValue(void 0))}render(){return c`${this.element}`}disconnectedCallback(){super.disconnectedCallback(),this.destroy()}#h=()=>{this.destroy()};destroy(){this.#t.destroy(),this.#i?.destroy(),this.#i=void 0,this.#e&&(this.#e.removeEventListener("umb:destroy",this.#h),this.#e.destroy(),this.#e=void 0),super.destroy()}static{this.styles=[J]}};_y=SO([A("umb-modal")],_y);const wy=new W("UmbShortcutContext"),AO=navigator.userAgent?/Mac/i.test(navigator.userAgent):navigator.platform.toUpperCase().includes("MAC");class IO extends oe{#e;#t;#i;constructor(e){super(e),this.#e=!1,this.#i=new Dt([],t=>t.unique),this.all=this.#i.asObservable(),this.#n=t=>{const s=t.key.toLowerCase(),r=AO?t.metaKey:t.ctrlKey,n=this.findShortcut(s,r,t.shiftKey,t.altKey);n&&(t.preventDefault(),n.action())},this.#i.sortBy((t,s)=>(s.weight||0)-(t.weight||0))}#s;#r;provideAt(e){this.#r!==e&&(this.unprovide(),this.#r=e,this.#s=e.provideContext(wy,this))}unprovide(){this.#s&&(this.#e=!0,this.#s.destroy(),this.#s=void 0,this.#e=!1,this.#r=void 0)}inherit(){this.consumeContext(wy,e=>{this.inheritFrom(e)}).skipHost()}inheritFrom(e){this.#t!==e&&(this.#t=e)}initiateChange(){this.#i.mute()}finishChange(){this.#i.unmute()}addOne(e){const t={...e};return t.unique??=Symbol(),t.weight??=0,t.modifier??=!1,t.shift??=!1,t.alt??=!1,this.#i.appendOne(t),e.unique}add(e){this.#i.mute(),e.forEach(t=>this.addOne(t)),this.#i.unmute()}removeOne(e){this.#i.removeOne(e)}remove(e){this.#i.remove(e)}has(e){return this.#i.getHasOne(e)}getAll(){return this.#i.getValue()}findShortcut(e,t,s=!1,r=!1){const n=this.#i.getValue();for(const o of n)if(o.key.toLowerCase()===e.toLowerCase()&&o.modifier===t&&o.shift===s&&o.alt===r)return o}clear(){this.#i.setValue([])}activate(){window.addEventListener("keydown",this.#n)}deactivate(){window.removeEventListener("keydown",this.#n)}#n;destroy(){super.destroy(),this.#e!==!0&&(this.unprovide(),this.#t=void 0,this.#i.destroy())}}const xy=new W("UmbViewContext"),$f=new W("UmbHintContext");class OO extends oe{#e;getViewAlias(){return this.#e}#t;setPathFilter(e){this.#t=e}#i;#s;#r;#n;#o;updateScaffold(e){this.#i.update(e)}getScaffold(){return this.#i.getValue()}constructor(e,t){super(e),this.#i=new fi({}),this.scaffold=this.#i.asObservable(),this.#o=new Dt([],s=>s.unique),this.hints=this.#o.asObservable(),this.firstHint=this.#o.asObservablePart(s=>s[0]),this.#c=s=>{if(s||(s=[]),this.initiateChange(),this.#n){const r=this.#n.filter(n=>!s.find(o=>o.unique===n.unique));this.remove(r.map(n=>n.unique))}this.#n=s,s.forEach(r=>{this.#e&&r.path[0]===this.#e&&(r={...r,path:r.path.slice(1)}),this.#o.appendOne(r)}),this.finishChange()},this.#u=s=>{if(!this.#r)return;this.#r.initiateChange();const r=this.getViewAlias();s.forEach(o=>{let a=o.path;r&&a[0]!==r&&(a=[r,...o.path]),this.#r.addOne({...o,path:a})});const n=this.#n?.filter(o=>!s.find(a=>a.unique===o.unique));n&&this.#r.remove(n.map(o=>o.unique)),this.#r.finishChange()},this.#e=t?.viewAlias??null,t?.scaffold&&this.#i.setValue(t?.scaffold),this.#o.sortBy((s,r)=>(r.weight||0)-(s.weight||0))}#a;#l;provideAt(e){this.#l!==e&&(this.unprovide(),this.#l=e,this.#a=e.provideContext($f,this))}unprovide(){this.#a&&(this.#s=!0,this.#a.destroy(),this.#a=void 0,this.#s=!1,this.#l=void 0)}asObservablePart(e){return this.#o.asObservablePart(e)}descendingHints(e){return e?this.#o.asObservablePart(t=>t.filter(s=>s.path[0]===e)):this.hints}_internal_descendingHintsByFilter(e){return this.#o.asObservablePart(t=>t.filter(s=>e(s.path)))}inherit(){if(this.#e===null&&this.#t===void 0)throw new Error("A Hint Controller needs a view alias or pathFilter to be able to inherit from a parent.");this.consumeContext($f,e=>{this.inheritFrom(e)}).skipHost()}inheritFrom(e){if(this.#r!==e){if(this.#e===null&&this.#t===void 0)throw new Error("A Hint Controller needs a view alias or pathFilter to be able to inherit from a parent.");this.#r=e,this.observe(this.#r?.scaffold,t=>{t&&this.#i.update(t)}),this.#e?this.observe(e?.descendingHints(this.#e),this.#c,"observeParentHints"):this.#t&&this.observe(e?._internal_descendingHintsByFilter(this.#t),this.#c,"observeParentHints"),this.observe(this.hints,this.#u,"observeLocalMessages")}}#c;#u;initiateChange(){this.#o.mute()}finishChange(){this.#o.unmute()}addOne(e){const t={...this.#i.getValue(),...e};return t.unique??=Symbol(),t.weight??=0,t.text??="!",t.path??=[],this.#o.appendOne(t),e.unique}add(e){this.#o.mute(),e.forEach(t=>this.addOne(t)),this.#o.unmute()}removeOne(e){this.#o.removeOne(e)}remove(e){this.#o.remove(e)}has(e){return this.#o.getHasOne(e)}getAll(){return this.#o.getValue()}clear(){this.#o.setValue([])}destroy(){super.destroy(),this.#s!==!0&&(this.unprovide(),this.#n=void 0,this.#r=void 0,this.#o.destroy())}}var Ns;class P1 extends oe{static#e;#t;#i;#s;#r;#n;#o;#a;get isActive(){return this.#a}#l(){this.#a=!0,this.#u?this.#h?._internal_activate():(Ns.#e&&Ns.#e!==this&&(Ns.#e._internal_deactivate(),Ns.#e=void 0),Ns.#e=this)}#c(){this.#a=!1,this.#u||Ns.#e===this&&(Ns.#e=void 0)}#u;#d;#h;#f;#p;#m;constructor(e,t){super(e),this.#t=!1,this.#n=new Dw(this),this.#o=!0,this.#a=!1,this.#u=!1,this.#p=new Re(void 0),this.computedTitle=this.#p.asObservable(),this.#m=new po(void 0),this.variantId=this.#m.asObservable(),this.shortcuts=new IO(this),this.#_=[],this.viewAlias=t,this.hints=new OO(this,{viewAlias:t}),this.firstHintOfVariant=Ph([this.variantId,this.hints.hints],([s,r])=>s?r.find(n=>n.variantId?n.variantId.equal(s)||n.variantId.isInvariant():!0):r[0]),this.#s=this.consumeContext(xy,s=>{this.#d||(s&&this.#g(s),s&&this.#t&&this.#o&&this._internal_requestActivate())}).skipHost()}#g(e){this.#h!==e&&(this.#h=e,this.#u&&this.#v())}setVariantId(e){this.#m.setValue(e),this.hints.updateScaffold({variantId:e})}setTitle(e){this.#f!==e&&(this.#f=e,this.#w(),this.#y())}provideAt(e){this.#r!==e&&(this.unprovide(),this.#o=!0,this.#r=e,this.#i=e.provideContext(xy,this),this.hints.provideAt(e),this.shortcuts.provideAt(e),this.#t&&this._internal_requestActivate())}unprovide(){this.#i&&(this.#i.destroy(),this.#i=void 0),this.hints.unprovide(),this.shortcuts.unprovide(),this._internal_deactivate(),this.#b()}hostConnected(){const e=this.isActive,t=this.#t;this.#t=!0,super.hostConnected(),t||this.#h?._internal_addChild(this),this.#o&&!e&&this._internal_requestActivate()}hostDisconnected(){const e=this.#t;this.#t=!1,e&&this.#h?._internal_removeChild(this),this._internal_deactivate(),super.hostDisconnected(),this.#o=!0,this.#b()}isInheriting(){return this.#u}inherit(){this.#u=!0}inheritFrom(e){this.#u=!0,this.#d=!0,this.#s?.destroy(),this.#s=void 0,this.#g(e)}#v(){this.observe(this.#h?.variantId,e=>{this.setVariantId(e)},"observeParentVariantId"),this.observe(this.#h?.computedTitle,()=>{this.#w(),this.#i&&this.#h&&this.isActive&&this.#y()},"observeParentTitle"),this.hints.inheritFrom(this.#h?.hints)}#b(){this.#u||this.#h&&this.#h._internal_requestActivate()}_internal_requestActivate(){if(!this.#i)return!1;if(this.#o=!0,this.isActive)return!0;if(this.#t===!1){if(!this.#h)throw new Error("Cannot activate a view that is not attached to the DOM.")}else{let e=this.#_.length;for(;e--;)if(this.#_[e]._internal_requestActivate())return!0;if(this.#o&&this.#t)return this._internal_activate(),!0}return!1}_internal_activate(){this.#t&&(this.#o=!0,this.#l(),this.#y(),this.shortcuts.activate())}_internal_deactivate(){this.isActive&&(this.#o=!1,this.#_.forEach(e=>{e.isInheriting()&&e._internal_deactivate()}),this.shortcuts.deactivate(),this.#c())}#y(){if(!this.#a||this.#C())return;const e=this.getComputedTitle();e&&(document.title=e+" | Umbraco")}#w(){const e=[];this.#u&&this.#h&&e.push(this.#h.getComputedTitle()),this.#f&&e.push(this.#n.string(this.#f)),this.#p.setValue(e.length>0?e.join(" | "):void 0)}getComputedTitle(){return this.#p.getValue()}#_;_internal_addChild(e){this.#_.push(e),this.isActive&&e._internal_activate()}_internal_removeChild(e){const t=this.#_.indexOf(e);t!==-1&&this.#_.splice(t,1),this.#C()||(this.#a?this.#y():this.#i&&this.#t&&this._internal_activate())}#C(){return this.#_.some(e=>e.isActive)}destroy(){this.#u=!1,this.#c(),this.#o=!1,this.provideAt=void 0,this.unprovide(),super.destroy(),this.#s=void 0}}Ns=P1;class UO extends P1{constructor(e,t){super(e,t),this.provideAt(e)}}const Hh=new W("UmbModalManagerContext");class S1 extends oe{async open(e,t={}){const s=await this.getContext(Hh);if(!s)throw this.destroy(),new Error("Modal manager not found.");return await s.open(this,e,t).onSubmit()}}function A1(i,e,t={}){return new S1(i).open(e,t)}const DO=new ft("Umb.Modal.Confirm",{modal:{type:"dialog"}});function RO(i,e){return new S1(i).open(DO,{data:e})}var Wm=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Pc=class extends I{_handleConfirm(){this.modalContext?.submit()}_handleCancel(){this.modalContext?.reject()}render(){return c`
			<uui-dialog-layout class="uui-text" .headline=${this.localize.string(this.data?.headline)??null}>
				${typeof this.data?.content=="string"?Ni(this.localize.string(this.data?.content)):this.data?.content}

				<uui-button
					slot="actions"
					id="cancel"
					label=${this.localize.string(this.data?.cancelLabel??"#buttons_confirmActionCancel")}
					@click=${this._handleCancel}></uui-button>
				<uui-button
					slot="actions"
					id="confirm"
					color=${this.data?.color||"positive"}
					look="primary"
					label=${this.localize.string(this.data?.confirmLabel??"#buttons_confirmActionConfirm")}
					@click=${this._handleConfirm}
					${Rh()}></uui-button>
			</uui-dialog-layout>
		`}static{this.styles=[J,g`
			uui-dialog-layout {
				max-inline-size: 60ch;
			}
		`]}};Wm([u({attribute:!1})],Pc.prototype,"modalContext",void 0);Wm([u({type:Object,attribute:!1})],Pc.prototype,"data",void 0);Pc=Wm([A("umb-confirm-modal")],Pc);var Fh=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};class Ss extends I{#e={};#t;set modalContext(e){this.#t=e,e&&this.observe(e.value,t=>{const s=this.#e;this.#e=t,this.requestUpdate("value",s)},"observeModalContextValue")}get modalContext(){return this.#t}set data(e){this._data=e}get data(){return this._data}set value(e){this.#t?.setValue(e)}get value(){return this.#e}updateValue(e){this.#t?.updateValue(e)}_submitModal(){this.#t?.submit()}_rejectModal(e){this.#t?.reject(e)}}Fh([u({type:Object,attribute:!1})],Ss.prototype,"manifest",void 0);Fh([u({attribute:!1})],Ss.prototype,"modalContext",null);Fh([u({attribute:!1})],Ss.prototype,"data",null);Fh([u({attribute:!1})],Ss.prototype,"value",null);var MO=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Ey=class extends Ss{render(){return c`
			<uui-dialog-layout class="uui-text" headline=${this.localize.term("prompt_unsavedChanges")}>
				<umb-localize key="prompt_unsavedChangesWarning"></umb-localize>
				<uui-button
					slot="actions"
					id="cancel"
					label=${this.localize.term("prompt_stay")}
					@click=${this._rejectModal}></uui-button>
				<uui-button
					slot="actions"
					id="confirm"
					color="danger"
					look="primary"
					label=${this.localize.term("prompt_discardChanges")}
					@click=${this._submitModal}></uui-button>
			</uui-dialog-layout>
		`}static{this.styles=[J]}};Ey=MO([A("umb-discard-changes-modal")],Ey);const LO=new ft("Umb.Modal.ErrorViewer",{modal:{type:"sidebar",size:"medium"}}),NO=new ft("Umb.Modal.IconPicker",{modal:{type:"sidebar",size:"medium"}}),zO=new W("UmbIconRegistryContext");var Sl=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let bo=class extends Ss{#e;constructor(){super(),this._colorList=Jw.filter(e=>!e.legacy),this._isSearching=!1,this.#r=()=>{this.modalContext?.updateValue({icon:""})},this.consumeContext(zO,e=>{this.observe(e?.approvedIcons,t=>{this.#e=t,this.#t()})})}#t(){if(!this.#e)return;const e=this._searchInput?.value;e?(this._isSearching=e.length>0,this._iconsFiltered=this.#e.filter(t=>t.name.toLowerCase().includes(e.toLowerCase()))):(this._isSearching=!1,this._iconsFiltered=this.#e)}#i(e,t){if(e.type==="click"||e.type==="keyup"&&e.key==="Enter")if(this.data?.showEmptyOption){const r=this.value.icon===t?"":t;this.modalContext?.updateValue({icon:r})}else this.modalContext?.updateValue({icon:t})}#s(e){const t=e.target.value;this.modalContext?.updateValue({color:t})}#r;render(){return c`
			<umb-body-layout headline=${this.localize.term("defaultdialogs_selectIcon")}>
				<div id="container">
					${this.renderSearch()}
					${this.renderColors()}
					<uui-scroll-container id="icons">
						${this.data?.showEmptyOption&&!this._isSearching?c`
									<uui-button
										class=${this.value.icon?"":"selected"}
										label=${this.localize.term("defaultdialogs_noIcon")}
										title=${this.localize.term("defaultdialogs_noIcon")}
										@click=${this.#r}
										@keyup=${e=>{(e.key==="Enter"||e.key===" ")&&this.#r()}}>
										<uui-icon style="opacity:.35" name=${S(this.data?.placeholder)}></uui-icon>
									</uui-button>
								`:w}
						${this.renderIcons()}</uui-scroll-container
					>
				</div>
				<uui-button
					slot="actions"
					label=${this.localize.term("general_close")}
					@click=${this._rejectModal}></uui-button>
				<uui-button
					slot="actions"
					color="positive"
					look="primary"
					@click=${this._submitModal}
					label=${this.localize.term("general_submit")}></uui-button>
			</umb-body-layout>
		`}renderSearch(){return c`
			<uui-input
				type="search"
				placeholder=${this.localize.term("placeholders_filter")}
				label=${this.localize.term("placeholders_filter")}
				id="search"
				@keyup=${this.#t}
				${Rh()}>
				<uui-icon name="search" slot="prepend" id="search_icon"></uui-icon>
			</uui-input>
			<hr />
		`}renderColors(){return this.data?.hideColors===!0?w:c`<uui-color-swatches
						value=${S(this.value.color)}
						label=${this.localize.term("defaultdialogs_colorSwitcher")}
						@change=${this.#s}>
						${this._colorList.map(e=>c`
									<uui-color-swatch
										label=${this.localize.term("colors_"+ty(e.alias))}
										title=${this.localize.term("colors_"+ty(e.alias))}
										value=${e.alias}
										style="--uui-swatch-color: var(${e.varName})">
									</uui-color-swatch>
								`)}
					</uui-color-swatches>
					<hr />
			`}renderIcons(){return this._iconsFiltered?he(this._iconsFiltered,e=>e.name,e=>c`
						<uui-button
							label=${e.name}
							title=${e.name}
							class=${e.name===this.value.icon?"selected":""}
							@click=${t=>this.#i(t,e.name)}
							@keyup=${t=>this.#i(t,e.name)}>
							<uui-icon
								style="--uui-icon-color: var(${lO(this.value.color??"text")})"
								name=${e.name}></uui-icon>
						</uui-button>
					`):w}static{this.styles=[J,g`
			:host {
				position: relative;
			}

			#container {
				display: flex;
				flex-direction: column;
				height: 100%;
				background-color: var(--uui-color-surface);
				box-shadow: var(--uui-shadow-depth-1, 0 1px 3px rgba(0, 0, 0, 0.12), 0 1px 2px rgba(0, 0, 0, 0.24));
				border-radius: var(--uui-border-radius);
				padding: var(--uui-size-space-5);
				box-sizing: border-box;
			}
			#container hr {
				height: 1px;
				border: none;
				background-color: var(--uui-color-divider);
				margin: 20px 0;
			}

			#search {
				width: 100%;
				align-items: center;
			}
			#search_icon {
				padding-left: var(--uui-size-space-2);
			}

			#icons {
				line-height: 0;
				display: grid;
				grid-template-columns: repeat(auto-fit, minmax(40px, calc((100% / 12) - 10px)));
				grid-auto-rows: min-content;
				gap: 10px;
				height: 100%;
				align-items: flex-start;
				overflow-y: scroll;
				max-height: 100%;
				min-height: 0;
				padding: 2px;
			}

			#icons uui-button {
				border-radius: var(--uui-border-radius);
				font-size: 16px; /* specific for icons */
			}
			#icons uui-button:focus-visible,
			#icons uui-button:hover,
			#icons uui-button.selected {
				outline: 2px solid var(--uui-color-selected);
			}

			uui-button[slot='actions'] {
				margin-left: var(--uui-size-space-4);
			}

			uui-color-swatches {
				margin: 0;
			}
		`]}};Sl([K("#search")],bo.prototype,"_searchInput",void 0);Sl([m()],bo.prototype,"_iconsFiltered",void 0);Sl([m()],bo.prototype,"_colorList",void 0);Sl([m()],bo.prototype,"_isSearching",void 0);bo=Sl([A("umb-icon-picker-modal")],bo);class VO extends pm{#e;#t=new Promise(e=>{this.#e=e});#i=[];#s=new Map;setIcons(e){const t=this.#i;this.#i=e,this.#e&&(this.#e(),this.#e=void 0),this.#i.filter(r=>!t.find(n=>n.name===r.name)).forEach(r=>{const n=this.#s.get(r.name);n&&this.#r(r.name,n).then(()=>{this.#s.delete(r.name)})})}appendIcons(e){this.#i=[...this.#i,...e]}acceptIcon(e){const t=this.provideIcon(e);return this.#r(e,t),!0}async#r(e,t){await this.#t;const s=this.#i.find(r=>r.name===e);if(!s)return this.#s.set(e,t),!1;try{const r=await Cw(s.path);if(!r)throw new Error(`Failed to load icon ${e}`);if(!r.default)throw new Error(`Icon ${e} is missing a default export`);t.svg=r.default}catch(r){console.error(`Failed to load icon ${e}`,r.message)}return!0}}var Al=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let go=class extends I{constructor(){super(...arguments),this.debug=!1}get text(){const e=(this.args??[]).map(s=>wI(s)),t=this.localize.termOrDefault(this.key,null,...e);return t===null?(this.getHostElement().setAttribute("data-localize-missing",this.key),null):(this.getHostElement().removeAttribute("data-localize-missing"),t.trim())}render(){return Ke(this.text,e=>Ni(e),()=>this.debug?c`<span style="color:red">${this.key}</span>`:c`<slot></slot>`)}static{this.styles=[g`
			:host {
				display: contents;
			}
		`]}};Al([u()],go.prototype,"key",void 0);Al([u({type:Array})],go.prototype,"args",void 0);Al([u({type:Boolean})],go.prototype,"debug",void 0);Al([m()],go.prototype,"text",null);go=Al([A("umb-localize")],go);var Wh=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let pl=class extends I{constructor(){super(...arguments),this.skipDuration=!1}updated(){this.#e()}render(){return this.date?this.localize.date(this.date,this.options):w}#e(){if(this.skipDuration)return;let e="";if(this.date){const t=new Date,s=new Date(this.date),r=this.localize.duration(s,t);e=this.localize.term("general_duration",r,s,t)}this.title=e}static{this.styles=[g`
			:host {
				display: contents;
			}
		`]}};Wh([u({type:String})],pl.prototype,"date",void 0);Wh([u({type:Object})],pl.prototype,"options",void 0);Wh([u({type:Boolean})],pl.prototype,"skipDuration",void 0);pl=Wh([A("umb-localize-date")],pl);var Gh=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let fl=class extends I{get text(){return this.localize.number(this.number,this.options)}render(){return Ke(this.text,e=>Ni(e),()=>c`<slot></slot>`)}static{this.styles=[g`
			:host {
				display: contents;
			}
		`]}};Gh([u()],fl.prototype,"number",void 0);Gh([u({type:Object})],fl.prototype,"options",void 0);Gh([m()],fl.prototype,"text",null);fl=Gh([A("umb-localize-number")],fl);var Il=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let vo=class extends I{constructor(){super(...arguments),this.unit="seconds"}get text(){return this.localize.relativeTime(this.time,this.unit,this.options)}render(){return Ke(this.text,e=>Ni(e),()=>c`<slot></slot>`)}static{this.styles=[g`
			:host {
				display: contents;
			}
		`]}};Il([u({type:Number})],vo.prototype,"time",void 0);Il([u({type:Object})],vo.prototype,"options",void 0);Il([u()],vo.prototype,"unit",void 0);Il([m()],vo.prototype,"text",null);vo=Il([A("umb-localize-relative-time")],vo);function Cy(i,e,t){for(const[s,r]of Object.entries(t))i[`${e}_${s}`]=r}class I1{#e;get localizations(){return ui.localizations}#t;constructor(e){this.#e=new Re(document.documentElement.lang!==""?document.documentElement.lang:ol),this.currentLanguage=this.#e.asObservable(),this.#i=async s=>{const r={};if(s.meta.localizations)for(const[n,o]of Object.entries(s.meta.localizations))Cy(r,n,o);if(s.js){const n=await Cw(s.js);if(n&&TA(n))for(const[o,a]of Object.entries(n.default))Cy(r,o,a)}return{$code:s.meta.culture.toLowerCase(),$dir:s.meta.direction??"ltr",$weight:s.weight??100,...r}};let t;this.#t=this.currentLanguage.pipe(vv(s=>!!s),Ue(),pf(s=>e.byType("localization").pipe(xe(r=>(t=new Intl.Locale(s),r.filter(n=>n.meta.culture.toLowerCase()===t.baseName.toLowerCase()||n.meta.culture.toLowerCase()===t.language.toLowerCase()))))),vv(s=>s.length>0),Ue((s,r)=>{const n=s.map(a=>a.alias).sort(),o=r.map(a=>a.alias).sort();return this.#r(n,o)}),pf(s=>Th((async()=>{const r=await Promise.all(s.map(this.#i));r.length&&(r.sort((n,o)=>o.$weight-n.$weight),ui.registerManyLocalizations(r),this.#s(t,r))})())),ww(s=>(console.error("Error loading translations:",s),_w([])))).subscribe(),this.loadLanguage(ol)}#i;#s(e,t){const s=e.baseName.toLowerCase();document.documentElement.lang.toLowerCase()!==s&&(document.documentElement.lang=s);const r=t.slice().reverse(),n=r.find(a=>a.$code.toLowerCase()===s);if(n){document.documentElement.dir=n.$dir;return}const o=r.find(a=>a.$code.toLowerCase()===e.language.toLowerCase());if(o){document.documentElement.dir=o.$dir;return}document.documentElement.dir!=="ltr"&&(document.documentElement.dir="ltr")}#r(e,t){if(e.length!==t.length)return!1;for(let s=0;s<e.length;s++)if(e[s]!==t[s])return!1;return!0}loadLanguage(e){const t=Intl.getCanonicalLocales(e)[0];this.#e.setValue(t)}destroy(){this.#t.unsubscribe()}}new I1(Ee);class O1 extends Event{constructor(e){super(e,{bubbles:!0,composed:!1,cancelable:!1})}}class ms extends O1{static{this.TYPE="valid"}constructor(){super(ms.TYPE)}}class bs extends O1{static{this.TYPE="invalid"}constructor(){super(bs.TYPE)}}var U1=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let kf=class extends I{get for(){return this._for}set for(e){let t=null;typeof e=="string"?t=this.getRootNode()?.getElementById(e):e instanceof HTMLElement&&(t=e);const s=t??this,r=this._for;r!==s&&(r!==null&&(r.removeEventListener(bs.TYPE,this.#e),r.removeEventListener(ms.TYPE,this.#t)),this._for=s,this._for.addEventListener(bs.TYPE,this.#e),this._for.addEventListener(ms.TYPE,this.#t))}constructor(){super(),this._for=null,this._messages=new Map,this.#e=async e=>{const t=e.composedPath()[0];t.pristine===!1?this._messages.set(t,this.localize.string(t.validationMessage)):this._messages.delete(t),this.requestUpdate()},this.#t=e=>{const t=e.composedPath()[0];this._messages.delete(t),this.requestUpdate()},this.for===null&&(this.for=this)}#e;#t;render(){return c`
			<slot></slot>
			<div id="messages">
				${he(this._messages,e=>c`<div>${Ni(e[1])}</div>`)}
				<slot name="message"></slot>
			</div>
		`}static{this.styles=[g`
			#messages {
				color: var(--uui-color-invalid-standalone);
			}
		`]}};U1([u({reflect:!1,attribute:!0})],kf.prototype,"for",null);kf=U1([A("umb-form-validation-message")],kf);const Gm="#validation_invalidEmpty",Ym=new W("UmbValidationContext"),BO=Symbol();class D1 extends oe{#e;#t;#i;#s=[];#r=!1;#n;set value(e){if(this.#r)this.#n=e;else if(!Um(this.#n,e)){this.#n=e;const t=this.#s.filter(s=>s.type==="server").map(s=>s.key);this.#e?.messages?.removeMessageByKeys(t)}}constructor(e,t,s){super(e,"umbFormControlValidation_"+Rm(s)),this.#t=t,this.consumeContext(Ym,r=>{this.#e=r,this.observe(r?.messages?.messagesOfNotTypeAndPath("client",s),n=>{this.#s=n??[],this.#r=this.#s.length===0,this.#r?this.#a():this.#o()},BO)})}#o(){this.#i||(this.#i=this.#t.addValidator("customError",()=>this.#s.map(e=>e.body).join(", "),()=>!this.#r)),this.#t.checkValidity()}#a(){!this.#t||!this.#i||(this.#t.removeValidator(this.#i),this.#i=void 0,this.#t.checkValidity())}validate(){return this.#r?Promise.resolve():Promise.reject()}reset(){this.#r=!1,this.#t.pristine=!0}focusFirstInvalidElement(){this.#t.focusFirstInvalidElement()}destroy(){this.#e=void 0,this.#a(),this.#t=void 0,super.destroy()}}class R1 extends oe{#e;#t;#i;#s=!0;constructor(e,t,s){super(e),this.#e=s,this.consumeContext(Ym,r=>{this.#t&&this.#t.removeValidator(this),this.#t=r,r?.addValidator(this),s&&r?.messages?.getHasMessagesOfPathAndDescendant(s)&&(t.pristine=!1)}),this.#i=t}get isValid(){return this.#s}#r(e){this.#s!==e&&(this.#s=e,this.#e&&(e?this.#t?.messages?.removeMessagesByTypeAndPath("client",this.#e):this.#t?.messages?.getHasMessageOfPathAndBody(this.#e,this.#i.validationMessage)||this.#t?.messages?.addMessage("client",this.#e,this.#i.validationMessage)))}#n=this.#r.bind(this,!1);#o=this.#r.bind(this,!0);validate(){return this.#s=this.#i.checkValidity(),this.#s?Promise.resolve():Promise.reject()}reset(){this.#s=!1,this.#i.pristine=!0}focusFirstInvalidElement(){this.#i.focusFirstInvalidElement()}hostConnected(){super.hostConnected(),this.#i.addEventListener(bs.TYPE,this.#n),this.#i.addEventListener(ms.TYPE,this.#o),this.#t&&this.#t.addValidator(this)}hostDisconnected(){super.hostDisconnected(),this.#i&&(this.#i.removeEventListener(bs.TYPE,this.#n),this.#i.removeEventListener(ms.TYPE,this.#o)),this.#t&&(this.#t.removeValidator(this),this.#e,this.#t=void 0)}destroy(){super.destroy(),this.#i&&(this.#i=void 0)}}const jO=Symbol();class qO extends oe{constructor(e,t,s,r){super(e,r??"observeValidationState_"+t),t&&this.consumeContext(Ym,n=>{this.observe(n?.messages.hasMessagesOfPathAndDescendant(t),s,jO)})}}class HO extends fh{#e;#t;#i;#s;#r;render(e,t,s){return w}update(e,t){return e.element&&((this.#i!==e.element||this.#e!==t[0]||this.#t!==t[1])&&(this.#e=t[0],this.#t=t[1],this.#i=e.element,!this.#r&&this.#t&&(this.#r=new D1(this.#e,this.#i,this.#t)),this.#s=new R1(this.#e,this.#i,this.#t)),this.#r&&(this.#r.value=t[2])),w}disconnected(){this.#s&&(this.#s?.destroy(),this.#s=void 0),this.#r&&(this.#r.destroy(),this.#r=void 0),this.#i=void 0}}const Km=Ps(HO);var $y=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};const FO=["customError","valueMissing","badInput","typeMismatch","patternMismatch","rangeOverflow","rangeUnderflow","stepMismatch","tooLong","tooShort"];function wr(i,e){class t extends i{static{this.formAssociated=!0}set value(r){this.#t=r}get value(){return this.#t}#e;set pristine(r){this._pristine!==r&&(this._pristine=r,this._runValidators())}get pristine(){return this._pristine}#t;#i;#s;#r;constructor(...r){super(...r),this.#e={},this._pristine=!0,this.#t=e,this.#i=null,this.#s=[],this.#r=[],this.#o=()=>this._runValidators,this.#l=()=>{this.pristine=!1},this._internals=this.attachInternals(),this.addEventListener("blur",()=>{this.checkValidity()})}getFormElement(){return this.#r.find(r=>r.validity.valid===!1)}focusFirstInvalidElement(){const r=this.#r.find(n=>n.validity.valid===!1);r?"focusFirstInvalidElement"in r?r.focusFirstInvalidElement():r.focus():this.focus()}disconnectedCallback(){super.disconnectedCallback(),this.#n()}#n(){this.#i&&this.#i.removeEventListener("submit",this.#l)}addValidator(r,n,o){const a={flagKey:r,getMessageMethod:n,checkMethod:o,weight:FO.indexOf(r)};return this.#s.push(a),this.#s.sort((l,h)=>l.weight>h.weight?1:h.weight>l.weight?-1:0),a}removeValidator(r){const n=this.#s.indexOf(r);n!==-1&&this.#s.splice(n,1)}#o;addFormControlElement(r){if(!r)throw new Error("Element is null or undefined");if(!r.validity)throw console.log(r),new Error("Element is not a Form Control");this.#r.includes(r)||(this.#r.push(r),r.addEventListener(bs.TYPE,this.#o),r.addEventListener(ms.TYPE,this.#o),this._pristine===!1&&(r.checkValidity(),this._runValidators()))}removeFormControlElement(r){const n=this.#r.indexOf(r);n!==-1&&(this.#r.splice(n,1),r.removeEventListener(bs.TYPE,this.#o),r.removeEventListener(ms.TYPE,this.#o),this._pristine===!1&&this._runValidators())}setCustomValidity(r){this._customValidityObject&&this.removeValidator(this._customValidityObject),r!=null&&r!==""&&(this._customValidityObject=this.addValidator("customError",()=>r,()=>!0)),this._runValidators()}_runValidators(){this.#e={};let r,n;this.#s.some(a=>a.checkMethod()?(this.#e[a.flagKey]=!0,r=a.getMessageMethod(),!0):!1),r||this.#r.some(a=>{let l;for(l in a.validity)if(l!=="valid"&&a.validity[l])return this.#e[l]=!0,r=a.validationMessage,n??=a,!0;return!1});const o=Object.values(this.#e).includes(!0);this.#e.valid=!o,this._internals.setValidity(this.#e,r,n??this.getFormElement()??void 0),this.#a()}#a(){this._pristine!==!0&&(this.#e.valid?this.dispatchEvent(new ms):this.dispatchEvent(new bs))}updated(r){super.updated(r),this._runValidators()}#l;formAssociatedCallback(){this.#n(),this.#i=this._internals.form,this.#i&&(this.#i.hasAttribute("submit-invalid")&&(this.pristine=!1),this.#i.addEventListener("submit",this.#l))}formResetCallback(){this.pristine=!0,this.value=this.getInitialValue()??this.getDefaultValue()}getDefaultValue(){return e}getInitialValue(){return this.getAttribute("value")}checkValidity(){this.pristine=!1,this._runValidators();for(const r in this.#r)if(this.#r[r].checkValidity()===!1)return!1;return this._internals?.checkValidity()}get validity(){return this.#e}get validationMessage(){return this._internals?.validationMessage}}return $y([u({reflect:!1})],t.prototype,"value",null),$y([u({type:Boolean,reflect:!0})],t.prototype,"pristine",null),t}function WO(i){const e=[`@.alias == '${i.alias}'`];return i.culture!==void 0&&e.push(`@.culture == ${i.culture?`'${i.culture}'`:"null"}`),i.segment!==void 0&&e.push(`@.segment == ${i.segment?`'${i.segment}'`:"null"}`),`?(${e.join(" && ")})`}function GO(i){const e=[`@.culture == ${i.culture?`'${i.culture}'`:"null"}`];return i.segment!==void 0&&e.push(`@.segment == ${i.segment?`'${i.segment}'`:"null"}`),`?(${e.join(" && ")})`}var Xm=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Sc=class extends wr(I){#e;#t;set value(e){if(e&&typeof e=="string"){const t=super.value;super.value=e.toLowerCase(),this.requestUpdate("value",t)}}get value(){return super.value}constructor(){super(),this._options=[],this.observe(Ee.byType("localization"),e=>{const t=e.filter(r=>!!r.meta.culture).map(r=>{const n=r.meta.culture.toLowerCase();return{name:this.localize.term(`uiCulture_${n}`),value:n}}),s=[...new Map(t.map(r=>[r.value,r])).values()];this._options=s.sort((r,n)=>r.name.localeCompare(n.name))},"umbObserveLocalizationManifests"),this.addValidator("customError",()=>this.localize.term("user_languageNotFound",this.#e,this.value),()=>!!this.#e&&!this.#t),this.addValidator("customError",()=>this.localize.term("user_languageNotFoundFallback",this.#e,this.#t),()=>!!this.#e&&!!this.#t)}firstUpdated(e){if(super.firstUpdated(e),this.value&&!this._options.find(s=>s.value===this.value)){this.#e=this.value;const s=new Intl.Locale(this.value);s.language?this._options.find(n=>n.value===s.language)?this.value=s.language:(this.#t=s.language,this.value=ol):this.value=ol}this.addFormControlElement(this.shadowRoot.querySelector("uui-select")),this.checkValidity()}#i(e){this.#e=void 0,this.#t=void 0,this.value=e.target.value.toString(),this.dispatchEvent(new ut)}render(){return c`
			<uui-select
				.options=${this._options.map(e=>({...e,selected:e.value==this.value}))}
				@change=${this.#i}>
			</uui-select>
		`}};Xm([m()],Sc.prototype,"_options",void 0);Xm([u({type:String})],Sc.prototype,"value",null);Sc=Xm([A("umb-ui-culture-input")],Sc);const YO='<svg xmlns="http://www.w3.org/2000/svg" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="1.75" class="lucide lucide-triangle-alert" viewBox="0 0 24 24"><path d="m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3M12 9v4M12 17h.01"/></svg>',KO='<svg xmlns="http://www.w3.org/2000/svg" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="1.75" class="lucide lucide-file" viewBox="0 0 24 24"><path d="M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z"/><path d="M14 2v4a2 2 0 0 0 2 2h4"/></svg>',XO='<svg xmlns="http://www.w3.org/2000/svg" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="1.75" class="lucide lucide-file-badge-2" viewBox="0 0 24 24"><path d="m13.69 12.479 1.29 4.88a.5.5 0 0 1-.697.591l-1.844-.849a1 1 0 0 0-.88.001l-1.846.85a.5.5 0 0 1-.693-.593l1.29-4.88"/><path d="M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7z"/><circle cx="12" cy="10" r="3"/></svg>',ZO='<svg xmlns="http://www.w3.org/2000/svg" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="1.75" class="lucide lucide-info" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10"/><path d="M12 16v-4M12 8h.01"/></svg>',JO='<svg xmlns="http://www.w3.org/2000/svg" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="1.75" class="lucide lucide-link" viewBox="0 0 24 24"><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"/><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/></svg>',QO='<svg xmlns="http://www.w3.org/2000/svg" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="1.75" class="lucide lucide-medal" viewBox="0 0 24 24"><path d="M7.21 15 2.66 7.14a2 2 0 0 1 .13-2.2L4.4 2.8A2 2 0 0 1 6 2h12a2 2 0 0 1 1.6.8l1.6 2.14a2 2 0 0 1 .14 2.2L16.79 15M11 12 5.12 2.2M13 12l5.88-9.8M8 7h8"/><circle cx="12" cy="17" r="5"/><path d="M12 18v-2h-.5"/></svg>',e3='<svg xmlns="http://www.w3.org/2000/svg" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="1.75" class="lucide lucide-megaphone" viewBox="0 0 24 24"><path d="M11 6a13 13 0 0 0 8.4-2.8A1 1 0 0 1 21 4v12a1 1 0 0 1-1.6.8A13 13 0 0 0 11 14H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2z"/><path d="M6 14a12 12 0 0 0 2.4 7.2 2 2 0 0 0 3.2-2.4A8 8 0 0 1 10 14M8 6v8"/></svg>',zr=(i,e,t)=>`${i} ${i===1?e:t}`,t3={clinickit:{claimsTab:"Claims",clinicsDashboard:"Clinics",claimsAudit:"Claims audit",claimsInArticle:"Claims in this article",claimsInLibraryArticle:i=>`Claims in the library article "${i}"`,claimCount:i=>zr(i,"claim","claims"),citationCount:i=>zr(i,"source cited","sources cited"),errorCount:i=>zr(i,"error","errors"),warningCount:i=>zr(i,"warning","warnings"),noProblems:"No problems found",noClaims:"This article has no claim blocks yet. Add a Claim block to the body to make a medical claim with its sources.",loading:"Checking claims…",columnNumber:"No.",columnClaim:"Claim",columnSources:"Sources",columnEvidence:"Evidence",columnProblems:"What needs fixing",columnActions:"Actions",claimNumber:i=>`Claim ${i}`,qualifier:"Qualifier",noSources:"No sources picked",noEvidence:"Not set",goToBlock:"Go to block",goToBlockLabel:i=>`Go to the block of claim ${i}`,openInLibrary:"Open in library",openInLibraryLabel:i=>`Open claim ${i} in the library article`,stateUnpublished:"Not published",stateTrashed:"In recycle bin",stateMissing:"Does not exist",reviewedBy:(i,e)=>`Medically reviewed by ${i} on ${e}`,reviewNotRecorded:"No medical review recorded",nextReviewDue:i=>`Next review due ${i}`,reviewOverdue:"Review overdue",pickArticleFirst:"This clinic page does not pick a library article yet.",citationsLabel:"Sources",problemCount:i=>zr(i,"problem","problems"),ctaLabel:"Call to action",ctaTokensHint:"Clinic tokens are filled in for each clinic when the page is shown.",ctaToken:i=>`Clinic token ${i}`,ctaNoLink:"No link picked",ctaLinksTo:i=>`Links to ${i}`,clinicsIntro:"Each clinic site reuses articles from the shared library. A change to a library article shows on every clinic listed with it.",clinicsSummary:(i,e)=>`${zr(i,"clinic site","clinic sites")} · ${zr(e,"library article","library articles")} reused`,noClinics:"There are no clinic sites yet.",clinicNoArticles:"This clinic shows no library articles yet.",columnClinicPage:"Clinic page",columnLibraryArticle:"Library article",columnLastReviewed:"Last reviewed",columnNextReview:"Next review due",columnAudit:"Audit",columnAlsoUsedBy:"Also used by",notPicked:"No article picked",notSet:"Not set",onlyThisClinic:"Only this clinic",openClinic:"Open clinic",openClinicLabel:i=>`Open the clinic site ${i}`,loadFailed:"Could not load the data."}},Ac={article:{alias:"article",key:"c6e337d0-cf4c-4042-8ba6-e3f0530ac5a3"},clinicSite:{alias:"clinicSite",key:"e80c0bdb-a856-48a4-9a32-5182310aed56"},clinicArticle:{alias:"clinicArticle",key:"e65efc5c-eb04-4012-a6c7-68d568dc80e1"},claimBlock:{alias:"claimBlock",key:"d40032df-5b93-4a26-a1dd-b407cf0954cf"},ctaBlock:{alias:"ctaBlock",key:"7174234c-2e60-4103-8fa9-e8b8e205c168"}},sR={title:"title",body:"body",reviewedBy:"reviewedBy",lastReviewed:"lastReviewed",nextReviewDue:"nextReviewDue",article:"article",clinicName:"clinicName",authors:"authors",publication:"publication",year:"year",heading:"heading",buttonLabel:"buttonLabel",link:"link",style:"style"},rR=/\{\{\s*clinic\.[A-Za-z]+\s*\}\}/g,i3="clinickit-claims",s3={type:"workspaceView",alias:"ClinicKit.WorkspaceView.Claims",name:"ClinicKit Claims workspace view",element:()=>_r(()=>import("./claims-workspace-view.element-Cf8opKsp.js"),__vite__mapDeps([0,1,2,3,4])),weight:150,meta:{label:"#clinickit_claimsTab",pathname:i3,icon:"icon-document-medal"},conditions:[{alias:"Umb.Condition.WorkspaceAlias",match:"Umb.Workspace.Document"},{alias:"Umb.Condition.WorkspaceContentTypeAlias",oneOf:[Ac.article.alias,Ac.clinicArticle.alias]}]},r3={type:"blockEditorCustomView",alias:"ClinicKit.BlockEditorCustomView.Claim",name:"ClinicKit claim block preview",element:()=>_r(()=>import("./claim-block-view.element-D_2jpw2l.js"),__vite__mapDeps([5,1,4,2])),forContentTypeAlias:Ac.claimBlock.alias,forBlockEditor:"block-list"},n3={type:"blockEditorCustomView",alias:"ClinicKit.BlockEditorCustomView.Cta",name:"ClinicKit call-to-action block preview",element:()=>_r(()=>import("./cta-block-view.element-CyZ-_bDO.js"),__vite__mapDeps([6,1])),forContentTypeAlias:Ac.ctaBlock.alias,forBlockEditor:"block-list"},o3={type:"dashboard",alias:"ClinicKit.Dashboard.Clinics",name:"ClinicKit Clinics dashboard",element:()=>_r(()=>import("./clinics-dashboard.element-DsEL6BFT.js"),__vite__mapDeps([7,3,4,1])),weight:15,meta:{label:"#clinickit_clinicsDashboard",pathname:"clinickit-clinics"},conditions:[{alias:"Umb.Condition.SectionAlias",match:"Umb.Section.Content"}]},a3={type:"localization",alias:"ClinicKit.Localization.EnUs",name:"ClinicKit English (United States)",weight:-100,meta:{culture:"en-US",localizations:t3}},M1=[a3,s3,r3,n3,o3],vt={claimBlock:"d40032df-5b93-4a26-a1dd-b407cf0954cf",richTextBlock:"76848c00-e446-4a0f-89b1-9a0b5a1e3731",ctaBlock:"7174234c-2e60-4103-8fa9-e8b8e205c168",article:"c6e337d0-cf4c-4042-8ba6-e3f0530ac5a3",clinicSite:"e80c0bdb-a856-48a4-9a32-5182310aed56",clinicArticle:"e65efc5c-eb04-4012-a6c7-68d568dc80e1",articleLibrary:"dead8f3e-99a8-470c-b810-81d611e1e06a"},Se={berman:"b1c6a1e0-2000-4a47-9b35-1a0686270000",zarate:"b1c6a1e0-2006-4a47-9b35-16894061abcd",wilkinson:"b1c6a1e0-2018-4a47-9b35-28969441abcd",short:"b1c6a1e0-2018-4b47-9b35-28757132abcd",li:"b1c6a1e0-2010-4a47-9b35-20724638abcd",phillips:"b1c6a1e0-2019-4a47-9b35-30922101abcd",missing:"f0ae6ca5-1e99-4a5e-ab9d-d48a6decd740"},ky={[Se.berman]:{key:Se.berman,title:"Antidepressant effects of ketamine in depressed patients",source:"Berman RM et al. · Biological Psychiatry · 2000",state:"published",href:"#citation-berman"},[Se.zarate]:{key:Se.zarate,title:"A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression",source:"Zarate CA Jr et al. · Archives of General Psychiatry · 2006",state:"published",href:"#citation-zarate"},[Se.wilkinson]:{key:Se.wilkinson,title:"The effect of a single dose of intravenous ketamine on suicidal ideation: a systematic review and individual participant data meta-analysis",source:"Wilkinson ST et al. · American Journal of Psychiatry · 2018",state:"published",href:"#citation-wilkinson"},[Se.short]:{key:Se.short,title:"Side-effects associated with ketamine use in depression: a systematic review",source:"Short B et al. · Lancet Psychiatry · 2018",state:"trashed"},[Se.li]:{key:Se.li,title:"mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists",source:"Li N et al. · Science · 2010",state:"published",href:"#citation-li"},[Se.phillips]:{key:Se.phillips,title:"Single, repeated, and maintenance ketamine infusions for treatment-resistant depression: a randomized controlled trial",source:"Phillips JL et al. · American Journal of Psychiatry · 2019",state:"unpublished",href:"#citation-phillips"}},Ve={intro:"5d1e0c8a-7f1b-4a2e-9c3d-1b2a3c4d5e01",rapid:"5d1e0c8a-7f1b-4a2e-9c3d-1b2a3c4d5e02",suicidal:"5d1e0c8a-7f1b-4a2e-9c3d-1b2a3c4d5e03",sideEffects:"5d1e0c8a-7f1b-4a2e-9c3d-1b2a3c4d5e04",mechanism:"5d1e0c8a-7f1b-4a2e-9c3d-1b2a3c4d5e05",fades:"5d1e0c8a-7f1b-4a2e-9c3d-1b2a3c4d5e06",cta:"5d1e0c8a-7f1b-4a2e-9c3d-1b2a3c4d5e07"},as=i=>({type:"document",unique:i}),De=(i,e)=>({alias:i,culture:null,segment:null,value:e}),L1={[Ve.rapid]:{statement:"Ketamine can ease depressive symptoms within hours of a single infusion.",citations:[as(Se.berman),as(Se.zarate)],claimType:["Onset"],evidenceStrength:["Randomized controlled trial"],qualifier:"The effect of one infusion usually fades within about a week."},[Ve.suicidal]:{statement:"A single infusion rapidly reduced suicidal thoughts in pooled trial data.",citations:[as(Se.wilkinson)],claimType:["Efficacy"],evidenceStrength:["Systematic review or meta-analysis"],qualifier:""},[Ve.sideEffects]:{statement:"Side effects such as dissociation usually pass within two hours.",citations:[as(Se.short),as(Se.missing)],claimType:["Safety"],evidenceStrength:["Systematic review or meta-analysis"],qualifier:""},[Ve.mechanism]:{statement:"In animal studies, ketamine restores lost synapses within a day.",citations:[as(Se.li)],claimType:["Mechanism"],evidenceStrength:["Animal or laboratory study"],qualifier:""},[Ve.fades]:{statement:"Repeated infusions can extend the benefit.",citations:[as(Se.phillips),as(Se.berman)],claimType:[],evidenceStrength:["Randomized controlled trial"],qualifier:""}},Tf={heading:"Talk to {{clinic.name}} about ketamine treatment",body:"Call {{clinic.phone}} or book online to see a psychiatrist in {{clinic.city}}. Treatment is given under medical supervision.",buttonLabel:"Book an assessment",link:[{name:"Book an assessment",url:"{{clinic.bookingUrl}}",type:"external",unique:null,target:null,queryString:null}],style:["Primary"]},l3=[Ve.rapid,Ve.suicidal,Ve.sideEffects,Ve.mechanism,Ve.fades];function N1(){const i=[{key:Ve.intro,contentTypeKey:vt.richTextBlock,values:[De("text",{markup:"<p>Ketamine, long used as an anaesthetic, is now also used at low doses for treatment-resistant depression.</p>",blocks:null})]},...l3.map(t=>({key:t,contentTypeKey:vt.claimBlock,values:Object.entries(L1[t]).map(([s,r])=>De(s,r))})),{key:Ve.cta,contentTypeKey:vt.ctaBlock,values:Object.entries(Tf).map(([t,s])=>De(t,s))}],e=[Ve.intro,Ve.rapid,Ve.suicidal,Ve.cta,Ve.sideEffects,Ve.mechanism,Ve.fades];return{layout:{"Umbraco.BlockList":e.map(t=>({contentKey:t,settingsKey:null}))},contentData:i,settingsData:[],expose:e.map(t=>({contentKey:t,culture:null,segment:null}))}}const Ut={ketamine:"a11ce000-0000-4000-8000-00000000000a",esketamine:"a11ce000-0000-4000-8000-00000000000b",whatToExpect:"a11ce000-0000-4000-8000-00000000000c"};function Pf(i={reviewedBy:"Dr. Amelia Hart, MD",lastReviewed:"2025-03-14",nextReviewDue:"2026-02-14"}){return[De("title","Ketamine for treatment-resistant depression"),De("body",N1()),De("reviewedBy",i.reviewedBy),De("lastReviewed",i.lastReviewed),De("nextReviewDue",i.nextReviewDue)]}function u3(i,e,t){const s="c0ffee00-0000-4000-8000-"+e.slice(-12);return[De("body",{layout:{"Umbraco.BlockList":[{contentKey:s,settingsKey:null}]},contentData:[{key:s,contentTypeKey:vt.claimBlock,values:[De("statement",i),De("citations",[as(e)]),De("claimType",["Safety"]),De("evidenceStrength",["Regulatory decision"]),De("qualifier","")]}],settingsData:[],expose:[{contentKey:s,culture:null,segment:null}]}),...Object.entries(t).map(([r,n])=>De(r,n))]}function c3(){const i=new Map,e=new Map,t=(n,o,a,l,h=[],d=!1)=>{i.set(o,{key:o,name:a,documentTypeKey:l,isTrashed:d,values:h}),e.set(n,[...e.get(n)??[],{key:o,name:a,documentTypeKey:l,isTrashed:d}])};t(null,"f01d0000-0000-4000-8000-000000000001","Article library",vt.articleLibrary),t("f01d0000-0000-4000-8000-000000000001",Ut.ketamine,"Ketamine for treatment-resistant depression",vt.article,Pf()),t("f01d0000-0000-4000-8000-000000000001",Ut.esketamine,"Esketamine nasal spray: what to know",vt.article,u3("Esketamine nasal spray is only given in certified clinics.",Se.berman,{reviewedBy:"Dr. Amelia Hart, MD",lastReviewed:"2025-09-02",nextReviewDue:"2026-09-02"})),t("f01d0000-0000-4000-8000-000000000001",Ut.whatToExpect,"What to expect at your first infusion",vt.article,[De("reviewedBy","Dr. Jonas Berg, MD"),De("lastReviewed","2025-12-01"),De("nextReviewDue","2026-12-01")]);const s=[{key:"c1111111-0000-4000-8000-000000000001",name:"Harbor Mind Clinic",pages:[Ut.ketamine,Ut.esketamine,Ut.whatToExpect]},{key:"c2222222-0000-4000-8000-000000000002",name:"Northside Ketamine Center",pages:[Ut.ketamine,Ut.whatToExpect]},{key:"c3333333-0000-4000-8000-000000000003",name:"Lakeview Wellness",pages:[]}];for(const n of s)t(null,n.key,n.name,vt.clinicSite),n.pages.forEach((o,a)=>{const l=i.get(o);t(n.key,`${n.key.slice(0,24)}${String(a+1).padStart(12,"0")}`,l.name,vt.clinicArticle,[De("article",o),De("introOverride","")])});const r=[];return{requests:r,async citations(n){return r.push(`citations:${n.length}`),Object.fromEntries(n.filter(o=>o in ky).map(o=>[o,ky[o]]))},async document(n){return r.push(`document:${n}`),i.get(n)},async roots(){return e.get(null)??[]},async children(n){return e.get(n)??[]},editPath(n){return`#edit/${n}`}}}var z1=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Sf=class extends I{render(){return this.contentTypeName?c`
			<uui-button look="secondary">
				<uui-icon name="icon-add"></uui-icon>
				<umb-localize key="blockEditor_createThisFor" .args=${[this.contentTypeName]}></umb-localize>
			</uui-button>
		`:w}static{this.styles=[g`
			:host {
				position: absolute;
				inset: 0;
			}

			uui-button {
				position: absolute;
				inset: 0;
				opacity: 0.8;
			}

			:host:hover uui-button {
				opacity: 1;
			}
		`]}};z1([u({attribute:!1})],Sf.prototype,"contentTypeName",void 0);Sf=z1([A("umb-block-overlay-expose-button")],Sf);const Ic=new W("UmbVariantContext"),pu="invariant";class ue{static Create(e){return Object.freeze(new ue(e.culture,e.segment))}static CreateFromPartial(e){return Object.freeze(new ue(e.culture,e.segment))}static CreateInvariant(){return Object.freeze(new ue(null,null))}static FromString(e){const t=e.indexOf("_");let s=t===-1?e:e.substring(0,t);s=s===pu?null:s;const r=t===-1?null:e.substring(t+1)||null;return Object.freeze(new ue(s,r))}constructor(e,t){this.culture=null,this.segment=null,this.culture=(e===pu?null:e)??null,this.segment=t??null}compare(e){return this.equal(new ue(e.culture,e.segment))}equal(e){return this.culture===e.culture&&this.segment===e.segment}toString(){return(this.culture||pu)+(this.segment?`_${this.segment}`:"")}toCultureString(){return this.culture||pu}toSegmentString(){return this.segment||""}isCultureInvariant(){return this.culture===null}isSegmentInvariant(){return this.segment===null}isInvariant(){return this.culture===null&&this.segment===null}clone(){return new ue(this.culture,this.segment)}toObject(){return{culture:this.culture,segment:this.segment}}toSegmentInvariant(){return Object.freeze(new ue(this.culture,null))}toCultureInvariant(){return Object.freeze(new ue(null,this.segment))}toCulture(e){return Object.freeze(new ue(e,this.segment))}toSegment(e){return Object.freeze(new ue(this.culture,e))}toVariant(e,t){return Object.freeze(new ue(e?this.culture:null,t?this.segment:null))}toDifferencesString(e,t="Invariant",s="Unsegmented"){let r="";return e.culture!==this.culture&&(r=t),e.segment!==this.segment&&(r=(r!==""?" ":"")+s),r}}class h3 extends st{#e;#t;#i;#s;constructor(e){super(e,Ic),this.#e=new po(void 0),this.variantId=this.#e.asObservable(),this.culture=this.#e.asObservablePart(t=>t?.culture),this.segment=this.#e.asObservablePart(t=>t?.segment),this.#t=new po(void 0),this.displayVariantId=Ph([this.#t.asObservable(),this.variantId],([t,s])=>{if(!t)return s;let r=t.clone();return s&&(s.isCultureInvariant()||(r=r.toCulture(s.culture)),s.isSegmentInvariant()||(r=r.toSegment(s.segment))),r}),this.displayCulture=en(this.displayVariantId,t=>t?.culture),this.displaySegment=en(this.displayVariantId,t=>t?.segment),this.#i=new Re(void 0),this.fallbackCulture=this.#i.asObservable(),this.#s=new Re(void 0),this.appCulture=this.#s.asObservable()}inherit(){return this.consumeContext(Ic,e=>{this.observe(e?.displayVariantId,t=>{this.#t.setValue(t)},"observeContextualVariantId"),this.observe(e?.fallbackCulture,t=>{t&&this.#i.setValue(t)},"observeFallbackCulture"),this.observe(e?.appCulture,t=>{t&&this.#s.setValue(t)},"observeAppCulture")}).skipHost(),this}async setVariantId(e){this.#e.setValue(e)}async getVariantId(){return this.#e.getValue()}async getCulture(){return this.#e.getValue()?.culture}async setCulture(e){const t=new ue(e,this.#e.getValue()?.segment);this.#e.setValue(t)}async getSegment(){return this.#e.getValue()?.segment}async setSegment(e){const t=new ue(this.#e.getValue()?.culture,e);this.#e.setValue(t)}async getFallbackCulture(){return this.#i.getValue()}async setFallbackCulture(e){this.removeUmbControllerByAlias("observeFallbackCulture"),this.#i.setValue(e)}async getAppCulture(){return this.#s.getValue()}async setAppCulture(e){this.removeUmbControllerByAlias("observeAppCulture"),this.#s.setValue(e)}async getDisplayCulture(){return this.observe(this.displayCulture).asPromise()}}function Zm(){return{async:!1,breaks:!1,extensions:null,gfm:!0,hooks:null,pedantic:!1,renderer:null,silent:!1,tokenizer:null,walkTokens:null}}var fn=Zm();function V1(i){fn=i}var qr={exec:()=>null};function Q(i,e=""){let t=typeof i=="string"?i:i.source,s={replace:(r,n)=>{let o=typeof n=="string"?n:n.source;return o=o.replace(yt.caret,"$1"),t=t.replace(r,o),s},getRegex:()=>new RegExp(t,e)};return s}var d3=(()=>{try{return!!new RegExp("(?<=1)(?<!1)")}catch{return!1}})(),yt={codeRemoveIndent:/^(?: {1,4}| {0,3}\t)/gm,outputLinkReplace:/\\([\[\]])/g,indentCodeCompensation:/^(\s+)(?:```)/,beginningSpace:/^\s+/,endingHash:/#$/,startingSpaceChar:/^ /,endingSpaceChar:/ $/,nonSpaceChar:/[^ ]/,newLineCharGlobal:/\n/g,tabCharGlobal:/\t/g,multipleSpaceGlobal:/\s+/g,blankLine:/^[ \t]*$/,doubleBlankLine:/\n[ \t]*\n[ \t]*$/,blockquoteStart:/^ {0,3}>/,blockquoteSetextReplace:/\n {0,3}((?:=+|-+) *)(?=\n|$)/g,blockquoteSetextReplace2:/^ {0,3}>[ \t]?/gm,listReplaceNesting:/^ {1,4}(?=( {4})*[^ ])/g,listIsTask:/^\[[ xX]\] +\S/,listReplaceTask:/^\[[ xX]\] +/,listTaskCheckbox:/\[[ xX]\]/,anyLine:/\n.*\n/,hrefBrackets:/^<(.*)>$/,tableDelimiter:/[:|]/,tableAlignChars:/^\||\| *$/g,tableRowBlankLine:/\n[ \t]*$/,tableAlignRight:/^ *-+: *$/,tableAlignCenter:/^ *:-+: *$/,tableAlignLeft:/^ *:-+ *$/,startATag:/^<a /i,endATag:/^<\/a>/i,startPreScriptTag:/^<(pre|code|kbd|script)(\s|>)/i,endPreScriptTag:/^<\/(pre|code|kbd|script)(\s|>)/i,startAngleBracket:/^</,endAngleBracket:/>$/,pedanticHrefTitle:/^([^'"]*[^\s])\s+(['"])(.*)\2/,unicodeAlphaNumeric:/[\p{L}\p{N}]/u,escapeTest:/[&<>"']/,escapeReplace:/[&<>"']/g,escapeTestNoEncode:/[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/,escapeReplaceNoEncode:/[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g,caret:/(^|[^\[])\^/g,percentDecode:/%25/g,findPipe:/\|/g,splitPipe:/ \|/,slashPipe:/\\\|/g,carriageReturn:/\r\n|\r/g,spaceLine:/^ +$/gm,notSpaceStart:/^\S*/,endingNewline:/\n$/,listItemRegex:i=>new RegExp(`^( {0,3}${i})((?:[	 ][^\\n]*)?(?:\\n|$))`),nextBulletRegex:i=>new RegExp(`^ {0,${Math.min(3,i-1)}}(?:[*+-]|\\d{1,9}[.)])((?:[ 	][^\\n]*)?(?:\\n|$))`),hrRegex:i=>new RegExp(`^ {0,${Math.min(3,i-1)}}((?:- *){3,}|(?:_ *){3,}|(?:\\* *){3,})(?:\\n+|$)`),fencesBeginRegex:i=>new RegExp(`^ {0,${Math.min(3,i-1)}}(?:\`\`\`|~~~)`),headingBeginRegex:i=>new RegExp(`^ {0,${Math.min(3,i-1)}}#`),htmlBeginRegex:i=>new RegExp(`^ {0,${Math.min(3,i-1)}}<(?:[a-z].*>|!--)`,"i"),blockquoteBeginRegex:i=>new RegExp(`^ {0,${Math.min(3,i-1)}}>`)},p3=/^(?:[ \t]*(?:\n|$))+/,f3=/^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/,m3=/^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}\1[~`]* *(?=\n|$)|$)/,Ol=/^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/,b3=/^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/,Jm=/ {0,3}(?:[*+-]|\d{1,9}[.)])/,B1=/^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |blockCode|fences|blockquote|heading|html|table))+?)\n {0,3}(=+|-+) *(?:\n+|$)/,j1=Q(B1).replace(/bull/g,Jm).replace(/blockCode/g,/(?: {4}| {0,3}\t)/).replace(/fences/g,/ {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g,/ {0,3}>/).replace(/heading/g,/ {0,3}#{1,6}/).replace(/html/g,/ {0,3}<[^\n>]+>\n/).replace(/\|table/g,"").getRegex(),g3=Q(B1).replace(/bull/g,Jm).replace(/blockCode/g,/(?: {4}| {0,3}\t)/).replace(/fences/g,/ {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g,/ {0,3}>/).replace(/heading/g,/ {0,3}#{1,6}/).replace(/html/g,/ {0,3}<[^\n>]+>\n/).replace(/table/g,/ {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).getRegex(),Qm=/^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table| +\n)[^\n]+)*)/,v3=/^[^\n]+/,eb=/(?!\s*\])(?:\\[\s\S]|[^\[\]\\])+/,y3=Q(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<.*?>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label",eb).replace("title",/(?:"(?:\\"?|[^"\\])*"|'[^'\n]*(?:\n[^'\n]+)*\n?'|\([^()]*\))/).getRegex(),_3=Q(/^(bull)([ \t][^\n]+?)?(?:\n|$)/).replace(/bull/g,Jm).getRegex(),Yh="address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul",tb=/<!--(?:-?>|[\s\S]*?(?:-->|$))/,w3=Q("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n+|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>\\n*|$)|<![A-Z][\\s\\S]*?(?:>\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>\\n*|$)|</?(tag)(?: +|\\n|/?>)[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|<(?!script|pre|style|textarea)([a-z][\\w-]*)(?:attribute)*? */?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|</(?!script|pre|style|textarea)[a-z][\\w-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$))","i").replace("comment",tb).replace("tag",Yh).replace("attribute",/ +[a-zA-Z:_][\w.:-]*(?: *= *"[^"\n]*"| *= *'[^'\n]*'| *= *[^\s"'=<>`]+)?/).getRegex(),q1=Q(Qm).replace("hr",Ol).replace("heading"," {0,3}#{1,6}(?:\\s|$)").replace("|lheading","").replace("|table","").replace("blockquote"," {0,3}>").replace("fences"," {0,3}(?:`{3,}(?=[^`\\n]*\\n)|~{3,})[^\\n]*\\n").replace("list"," {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html","</?(?:tag)(?: +|\\n|/?>)|<(?:script|pre|style|textarea|!--)").replace("tag",Yh).getRegex(),x3=Q(/^( {0,3}> ?(paragraph|[^\n]*)(?:\n|$))+/).replace("paragraph",q1).getRegex(),ib={blockquote:x3,code:f3,def:y3,fences:m3,heading:b3,hr:Ol,html:w3,lheading:j1,list:_3,newline:p3,paragraph:q1,table:qr,text:v3},Ty=Q("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr",Ol).replace("heading"," {0,3}#{1,6}(?:\\s|$)").replace("blockquote"," {0,3}>").replace("code","(?: {4}| {0,3}	)[^\\n]").replace("fences"," {0,3}(?:`{3,}(?=[^`\\n]*\\n)|~{3,})[^\\n]*\\n").replace("list"," {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html","</?(?:tag)(?: +|\\n|/?>)|<(?:script|pre|style|textarea|!--)").replace("tag",Yh).getRegex(),E3={...ib,lheading:g3,table:Ty,paragraph:Q(Qm).replace("hr",Ol).replace("heading"," {0,3}#{1,6}(?:\\s|$)").replace("|lheading","").replace("table",Ty).replace("blockquote"," {0,3}>").replace("fences"," {0,3}(?:`{3,}(?=[^`\\n]*\\n)|~{3,})[^\\n]*\\n").replace("list"," {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html","</?(?:tag)(?: +|\\n|/?>)|<(?:script|pre|style|textarea|!--)").replace("tag",Yh).getRegex()},C3={...ib,html:Q(`^ *(?:comment *(?:\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1> *(?:\\n{2,}|\\s*$)|<tag(?:"[^"]*"|'[^']*'|\\s[^'"/>\\s]*)*?/?> *(?:\\n{2,}|\\s*$))`).replace("comment",tb).replace(/tag/g,"(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(),def:/^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/,heading:/^(#{1,6})(.*)(?:\n+|$)/,fences:qr,lheading:/^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/,paragraph:Q(Qm).replace("hr",Ol).replace("heading",` *#{1,6} *[^
]`).replace("lheading",j1).replace("|table","").replace("blockquote"," {0,3}>").replace("|fences","").replace("|list","").replace("|html","").replace("|tag","").getRegex()},$3=/^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/,k3=/^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/,H1=/^( {2,}|\\)\n(?!\s*$)/,T3=/^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/,qo=/[\p{P}\p{S}]/u,Kh=/[\s\p{P}\p{S}]/u,sb=/[^\s\p{P}\p{S}]/u,P3=Q(/^((?![*_])punctSpace)/,"u").replace(/punctSpace/g,Kh).getRegex(),F1=/(?!~)[\p{P}\p{S}]/u,S3=/(?!~)[\s\p{P}\p{S}]/u,A3=/(?:[^\s\p{P}\p{S}]|~)/u,I3=Q(/link|precode-code|html/,"g").replace("link",/\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-",d3?"(?<!`)()":"(^^|[^`])").replace("code",/(?<b>`+)[^`]+\k<b>(?!`)/).replace("html",/<(?! )[^<>]*?>/).getRegex(),W1=/^(?:\*+(?:((?!\*)punct)|([^\s*]))?)|^_+(?:((?!_)punct)|([^\s_]))?/,O3=Q(W1,"u").replace(/punct/g,qo).getRegex(),U3=Q(W1,"u").replace(/punct/g,F1).getRegex(),G1="^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)",D3=Q(G1,"gu").replace(/notPunctSpace/g,sb).replace(/punctSpace/g,Kh).replace(/punct/g,qo).getRegex(),R3=Q(G1,"gu").replace(/notPunctSpace/g,A3).replace(/punctSpace/g,S3).replace(/punct/g,F1).getRegex(),M3=Q("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)","gu").replace(/notPunctSpace/g,sb).replace(/punctSpace/g,Kh).replace(/punct/g,qo).getRegex(),L3=Q(/^~~?(?:((?!~)punct)|[^\s~])/,"u").replace(/punct/g,qo).getRegex(),N3="^[^~]+(?=[^~])|(?!~)punct(~~?)(?=[\\s]|$)|notPunctSpace(~~?)(?!~)(?=punctSpace|$)|(?!~)punctSpace(~~?)(?=notPunctSpace)|[\\s](~~?)(?!~)(?=punct)|(?!~)punct(~~?)(?!~)(?=punct)|notPunctSpace(~~?)(?=notPunctSpace)",z3=Q(N3,"gu").replace(/notPunctSpace/g,sb).replace(/punctSpace/g,Kh).replace(/punct/g,qo).getRegex(),V3=Q(/\\(punct)/,"gu").replace(/punct/g,qo).getRegex(),B3=Q(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme",/[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email",/[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex(),j3=Q(tb).replace("(?:-->|$)","-->").getRegex(),q3=Q("^comment|^</[a-zA-Z][\\w:-]*\\s*>|^<[a-zA-Z][\\w-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment",j3).replace("attribute",/\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex(),Oc=/(?:\[(?:\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\])|[^\[\]\\`])*?/,H3=Q(/^!?\[(label)\]\(\s*(href)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(title))?\s*\)/).replace("label",Oc).replace("href",/<(?:\\.|[^\n<>\\])+>|[^ \t\n\x00-\x1f]*/).replace("title",/"(?:\\"?|[^"\\])*"|'(?:\\'?|[^'\\])*'|\((?:\\\)?|[^)\\])*\)/).getRegex(),Y1=Q(/^!?\[(label)\]\[(ref)\]/).replace("label",Oc).replace("ref",eb).getRegex(),K1=Q(/^!?\[(ref)\](?:\[\])?/).replace("ref",eb).getRegex(),F3=Q("reflink|nolink(?!\\()","g").replace("reflink",Y1).replace("nolink",K1).getRegex(),Py=/[hH][tT][tT][pP][sS]?|[fF][tT][pP]/,rb={_backpedal:qr,anyPunctuation:V3,autolink:B3,blockSkip:I3,br:H1,code:k3,del:qr,delLDelim:qr,delRDelim:qr,emStrongLDelim:O3,emStrongRDelimAst:D3,emStrongRDelimUnd:M3,escape:$3,link:H3,nolink:K1,punctuation:P3,reflink:Y1,reflinkSearch:F3,tag:q3,text:T3,url:qr},W3={...rb,link:Q(/^!?\[(label)\]\((.*?)\)/).replace("label",Oc).getRegex(),reflink:Q(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label",Oc).getRegex()},Af={...rb,emStrongRDelimAst:R3,emStrongLDelim:U3,delLDelim:L3,delRDelim:z3,url:Q(/^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("protocol",Py).replace("email",/[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![-_])/).getRegex(),_backpedal:/(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/,del:/^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/,text:Q(/^([`~]+|[^`~])(?:(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|www\.|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)))/).replace("protocol",Py).getRegex()},G3={...Af,br:Q(H1).replace("{2,}","*").getRegex(),text:Q(Af.text).replace("\\b_","\\b_| {2,}\\n").replace(/\{2,\}/g,"*").getRegex()},fu={normal:ib,gfm:E3,pedantic:C3},ua={normal:rb,gfm:Af,breaks:G3,pedantic:W3},Y3={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},Sy=i=>Y3[i];function Ai(i,e){if(e){if(yt.escapeTest.test(i))return i.replace(yt.escapeReplace,Sy)}else if(yt.escapeTestNoEncode.test(i))return i.replace(yt.escapeReplaceNoEncode,Sy);return i}function Ay(i){try{i=encodeURI(i).replace(yt.percentDecode,"%")}catch{return null}return i}function Iy(i,e){let t=i.replace(yt.findPipe,(n,o,a)=>{let l=!1,h=o;for(;--h>=0&&a[h]==="\\";)l=!l;return l?"|":" |"}),s=t.split(yt.splitPipe),r=0;if(s[0].trim()||s.shift(),s.length>0&&!s.at(-1)?.trim()&&s.pop(),e)if(s.length>e)s.splice(e);else for(;s.length<e;)s.push("");for(;r<s.length;r++)s[r]=s[r].trim().replace(yt.slashPipe,"|");return s}function ca(i,e,t){let s=i.length;if(s===0)return"";let r=0;for(;r<s&&i.charAt(s-r-1)===e;)r++;return i.slice(0,s-r)}function K3(i,e){if(i.indexOf(e[1])===-1)return-1;let t=0;for(let s=0;s<i.length;s++)if(i[s]==="\\")s++;else if(i[s]===e[0])t++;else if(i[s]===e[1]&&(t--,t<0))return s;return t>0?-2:-1}function X3(i,e=0){let t=e,s="";for(let r of i)if(r==="	"){let n=4-t%4;s+=" ".repeat(n),t+=n}else s+=r,t++;return s}function Oy(i,e,t,s,r){let n=e.href,o=e.title||null,a=i[1].replace(r.other.outputLinkReplace,"$1");s.state.inLink=!0;let l={type:i[0].charAt(0)==="!"?"image":"link",raw:t,href:n,title:o,text:a,tokens:s.inlineTokens(a)};return s.state.inLink=!1,l}function Z3(i,e,t){let s=i.match(t.other.indentCodeCompensation);if(s===null)return e;let r=s[1];return e.split(`
`).map(n=>{let o=n.match(t.other.beginningSpace);if(o===null)return n;let[a]=o;return a.length>=r.length?n.slice(r.length):n}).join(`
`)}var Uc=class{options;rules;lexer;constructor(i){this.options=i||fn}space(i){let e=this.rules.block.newline.exec(i);if(e&&e[0].length>0)return{type:"space",raw:e[0]}}code(i){let e=this.rules.block.code.exec(i);if(e){let t=e[0].replace(this.rules.other.codeRemoveIndent,"");return{type:"code",raw:e[0],codeBlockStyle:"indented",text:this.options.pedantic?t:ca(t,`
`)}}}fences(i){let e=this.rules.block.fences.exec(i);if(e){let t=e[0],s=Z3(t,e[3]||"",this.rules);return{type:"code",raw:t,lang:e[2]?e[2].trim().replace(this.rules.inline.anyPunctuation,"$1"):e[2],text:s}}}heading(i){let e=this.rules.block.heading.exec(i);if(e){let t=e[2].trim();if(this.rules.other.endingHash.test(t)){let s=ca(t,"#");(this.options.pedantic||!s||this.rules.other.endingSpaceChar.test(s))&&(t=s.trim())}return{type:"heading",raw:e[0],depth:e[1].length,text:t,tokens:this.lexer.inline(t)}}}hr(i){let e=this.rules.block.hr.exec(i);if(e)return{type:"hr",raw:ca(e[0],`
`)}}blockquote(i){let e=this.rules.block.blockquote.exec(i);if(e){let t=ca(e[0],`
`).split(`
`),s="",r="",n=[];for(;t.length>0;){let o=!1,a=[],l;for(l=0;l<t.length;l++)if(this.rules.other.blockquoteStart.test(t[l]))a.push(t[l]),o=!0;else if(!o)a.push(t[l]);else break;t=t.slice(l);let h=a.join(`
`),d=h.replace(this.rules.other.blockquoteSetextReplace,`
    $1`).replace(this.rules.other.blockquoteSetextReplace2,"");s=s?`${s}
${h}`:h,r=r?`${r}
${d}`:d;let f=this.lexer.state.top;if(this.lexer.state.top=!0,this.lexer.blockTokens(d,n,!0),this.lexer.state.top=f,t.length===0)break;let v=n.at(-1);if(v?.type==="code")break;if(v?.type==="blockquote"){let _=v,T=_.raw+`
`+t.join(`
`),$=this.blockquote(T);n[n.length-1]=$,s=s.substring(0,s.length-_.raw.length)+$.raw,r=r.substring(0,r.length-_.text.length)+$.text;break}else if(v?.type==="list"){let _=v,T=_.raw+`
`+t.join(`
`),$=this.list(T);n[n.length-1]=$,s=s.substring(0,s.length-v.raw.length)+$.raw,r=r.substring(0,r.length-_.raw.length)+$.raw,t=T.substring(n.at(-1).raw.length).split(`
`);continue}}return{type:"blockquote",raw:s,tokens:n,text:r}}}list(i){let e=this.rules.block.list.exec(i);if(e){let t=e[1].trim(),s=t.length>1,r={type:"list",raw:"",ordered:s,start:s?+t.slice(0,-1):"",loose:!1,items:[]};t=s?`\\d{1,9}\\${t.slice(-1)}`:`\\${t}`,this.options.pedantic&&(t=s?t:"[*+-]");let n=this.rules.other.listItemRegex(t),o=!1;for(;i;){let l=!1,h="",d="";if(!(e=n.exec(i))||this.rules.block.hr.test(i))break;h=e[0],i=i.substring(h.length);let f=X3(e[2].split(`
`,1)[0],e[1].length),v=i.split(`
`,1)[0],_=!f.trim(),T=0;if(this.options.pedantic?(T=2,d=f.trimStart()):_?T=e[1].length+1:(T=f.search(this.rules.other.nonSpaceChar),T=T>4?1:T,d=f.slice(T),T+=e[1].length),_&&this.rules.other.blankLine.test(v)&&(h+=v+`
`,i=i.substring(v.length+1),l=!0),!l){let $=this.rules.other.nextBulletRegex(T),D=this.rules.other.hrRegex(T),L=this.rules.other.fencesBeginRegex(T),H=this.rules.other.headingBeginRegex(T),X=this.rules.other.htmlBeginRegex(T),R=this.rules.other.blockquoteBeginRegex(T);for(;i;){let j=i.split(`
`,1)[0],z;if(v=j,this.options.pedantic?(v=v.replace(this.rules.other.listReplaceNesting,"  "),z=v):z=v.replace(this.rules.other.tabCharGlobal,"    "),L.test(v)||H.test(v)||X.test(v)||R.test(v)||$.test(v)||D.test(v))break;if(z.search(this.rules.other.nonSpaceChar)>=T||!v.trim())d+=`
`+z.slice(T);else{if(_||f.replace(this.rules.other.tabCharGlobal,"    ").search(this.rules.other.nonSpaceChar)>=4||L.test(f)||H.test(f)||D.test(f))break;d+=`
`+v}_=!v.trim(),h+=j+`
`,i=i.substring(j.length+1),f=z.slice(T)}}r.loose||(o?r.loose=!0:this.rules.other.doubleBlankLine.test(h)&&(o=!0)),r.items.push({type:"list_item",raw:h,task:!!this.options.gfm&&this.rules.other.listIsTask.test(d),loose:!1,text:d,tokens:[]}),r.raw+=h}let a=r.items.at(-1);if(a)a.raw=a.raw.trimEnd(),a.text=a.text.trimEnd();else return;r.raw=r.raw.trimEnd();for(let l of r.items){if(this.lexer.state.top=!1,l.tokens=this.lexer.blockTokens(l.text,[]),l.task){if(l.text=l.text.replace(this.rules.other.listReplaceTask,""),l.tokens[0]?.type==="text"||l.tokens[0]?.type==="paragraph"){l.tokens[0].raw=l.tokens[0].raw.replace(this.rules.other.listReplaceTask,""),l.tokens[0].text=l.tokens[0].text.replace(this.rules.other.listReplaceTask,"");for(let d=this.lexer.inlineQueue.length-1;d>=0;d--)if(this.rules.other.listIsTask.test(this.lexer.inlineQueue[d].src)){this.lexer.inlineQueue[d].src=this.lexer.inlineQueue[d].src.replace(this.rules.other.listReplaceTask,"");break}}let h=this.rules.other.listTaskCheckbox.exec(l.raw);if(h){let d={type:"checkbox",raw:h[0]+" ",checked:h[0]!=="[ ]"};l.checked=d.checked,r.loose?l.tokens[0]&&["paragraph","text"].includes(l.tokens[0].type)&&"tokens"in l.tokens[0]&&l.tokens[0].tokens?(l.tokens[0].raw=d.raw+l.tokens[0].raw,l.tokens[0].text=d.raw+l.tokens[0].text,l.tokens[0].tokens.unshift(d)):l.tokens.unshift({type:"paragraph",raw:d.raw,text:d.raw,tokens:[d]}):l.tokens.unshift(d)}}if(!r.loose){let h=l.tokens.filter(f=>f.type==="space"),d=h.length>0&&h.some(f=>this.rules.other.anyLine.test(f.raw));r.loose=d}}if(r.loose)for(let l of r.items){l.loose=!0;for(let h of l.tokens)h.type==="text"&&(h.type="paragraph")}return r}}html(i){let e=this.rules.block.html.exec(i);if(e)return{type:"html",block:!0,raw:e[0],pre:e[1]==="pre"||e[1]==="script"||e[1]==="style",text:e[0]}}def(i){let e=this.rules.block.def.exec(i);if(e){let t=e[1].toLowerCase().replace(this.rules.other.multipleSpaceGlobal," "),s=e[2]?e[2].replace(this.rules.other.hrefBrackets,"$1").replace(this.rules.inline.anyPunctuation,"$1"):"",r=e[3]?e[3].substring(1,e[3].length-1).replace(this.rules.inline.anyPunctuation,"$1"):e[3];return{type:"def",tag:t,raw:e[0],href:s,title:r}}}table(i){let e=this.rules.block.table.exec(i);if(!e||!this.rules.other.tableDelimiter.test(e[2]))return;let t=Iy(e[1]),s=e[2].replace(this.rules.other.tableAlignChars,"").split("|"),r=e[3]?.trim()?e[3].replace(this.rules.other.tableRowBlankLine,"").split(`
`):[],n={type:"table",raw:e[0],header:[],align:[],rows:[]};if(t.length===s.length){for(let o of s)this.rules.other.tableAlignRight.test(o)?n.align.push("right"):this.rules.other.tableAlignCenter.test(o)?n.align.push("center"):this.rules.other.tableAlignLeft.test(o)?n.align.push("left"):n.align.push(null);for(let o=0;o<t.length;o++)n.header.push({text:t[o],tokens:this.lexer.inline(t[o]),header:!0,align:n.align[o]});for(let o of r)n.rows.push(Iy(o,n.header.length).map((a,l)=>({text:a,tokens:this.lexer.inline(a),header:!1,align:n.align[l]})));return n}}lheading(i){let e=this.rules.block.lheading.exec(i);if(e){let t=e[1].trim();return{type:"heading",raw:e[0],depth:e[2].charAt(0)==="="?1:2,text:t,tokens:this.lexer.inline(t)}}}paragraph(i){let e=this.rules.block.paragraph.exec(i);if(e){let t=e[1].charAt(e[1].length-1)===`
`?e[1].slice(0,-1):e[1];return{type:"paragraph",raw:e[0],text:t,tokens:this.lexer.inline(t)}}}text(i){let e=this.rules.block.text.exec(i);if(e)return{type:"text",raw:e[0],text:e[0],tokens:this.lexer.inline(e[0])}}escape(i){let e=this.rules.inline.escape.exec(i);if(e)return{type:"escape",raw:e[0],text:e[1]}}tag(i){let e=this.rules.inline.tag.exec(i);if(e)return!this.lexer.state.inLink&&this.rules.other.startATag.test(e[0])?this.lexer.state.inLink=!0:this.lexer.state.inLink&&this.rules.other.endATag.test(e[0])&&(this.lexer.state.inLink=!1),!this.lexer.state.inRawBlock&&this.rules.other.startPreScriptTag.test(e[0])?this.lexer.state.inRawBlock=!0:this.lexer.state.inRawBlock&&this.rules.other.endPreScriptTag.test(e[0])&&(this.lexer.state.inRawBlock=!1),{type:"html",raw:e[0],inLink:this.lexer.state.inLink,inRawBlock:this.lexer.state.inRawBlock,block:!1,text:e[0]}}link(i){let e=this.rules.inline.link.exec(i);if(e){let t=e[2].trim();if(!this.options.pedantic&&this.rules.other.startAngleBracket.test(t)){if(!this.rules.other.endAngleBracket.test(t))return;let n=ca(t.slice(0,-1),"\\");if((t.length-n.length)%2===0)return}else{let n=K3(e[2],"()");if(n===-2)return;if(n>-1){let o=(e[0].indexOf("!")===0?5:4)+e[1].length+n;e[2]=e[2].substring(0,n),e[0]=e[0].substring(0,o).trim(),e[3]=""}}let s=e[2],r="";if(this.options.pedantic){let n=this.rules.other.pedanticHrefTitle.exec(s);n&&(s=n[1],r=n[3])}else r=e[3]?e[3].slice(1,-1):"";return s=s.trim(),this.rules.other.startAngleBracket.test(s)&&(this.options.pedantic&&!this.rules.other.endAngleBracket.test(t)?s=s.slice(1):s=s.slice(1,-1)),Oy(e,{href:s&&s.replace(this.rules.inline.anyPunctuation,"$1"),title:r&&r.replace(this.rules.inline.anyPunctuation,"$1")},e[0],this.lexer,this.rules)}}reflink(i,e){let t;if((t=this.rules.inline.reflink.exec(i))||(t=this.rules.inline.nolink.exec(i))){let s=(t[2]||t[1]).replace(this.rules.other.multipleSpaceGlobal," "),r=e[s.toLowerCase()];if(!r){let n=t[0].charAt(0);return{type:"text",raw:n,text:n}}return Oy(t,r,t[0],this.lexer,this.rules)}}emStrong(i,e,t=""){let s=this.rules.inline.emStrongLDelim.exec(i);if(!(!s||!s[1]&&!s[2]&&!s[3]&&!s[4]||s[4]&&t.match(this.rules.other.unicodeAlphaNumeric))&&(!(s[1]||s[3])||!t||this.rules.inline.punctuation.exec(t))){let r=[...s[0]].length-1,n,o,a=r,l=0,h=s[0][0]==="*"?this.rules.inline.emStrongRDelimAst:this.rules.inline.emStrongRDelimUnd;for(h.lastIndex=0,e=e.slice(-1*i.length+r);(s=h.exec(e))!==null;){if(n=s[1]||s[2]||s[3]||s[4]||s[5]||s[6],!n)continue;if(o=[...n].length,s[3]||s[4]){a+=o;continue}else if((s[5]||s[6])&&r%3&&!((r+o)%3)){l+=o;continue}if(a-=o,a>0)continue;o=Math.min(o,o+a+l);let d=[...s[0]][0].length,f=i.slice(0,r+s.index+d+o);if(Math.min(r,o)%2){let _=f.slice(1,-1);return{type:"em",raw:f,text:_,tokens:this.lexer.inlineTokens(_)}}let v=f.slice(2,-2);return{type:"strong",raw:f,text:v,tokens:this.lexer.inlineTokens(v)}}}}codespan(i){let e=this.rules.inline.code.exec(i);if(e){let t=e[2].replace(this.rules.other.newLineCharGlobal," "),s=this.rules.other.nonSpaceChar.test(t),r=this.rules.other.startingSpaceChar.test(t)&&this.rules.other.endingSpaceChar.test(t);return s&&r&&(t=t.substring(1,t.length-1)),{type:"codespan",raw:e[0],text:t}}}br(i){let e=this.rules.inline.br.exec(i);if(e)return{type:"br",raw:e[0]}}del(i,e,t=""){let s=this.rules.inline.delLDelim.exec(i);if(s&&(!s[1]||!t||this.rules.inline.punctuation.exec(t))){let r=[...s[0]].length-1,n,o,a=r,l=this.rules.inline.delRDelim;for(l.lastIndex=0,e=e.slice(-1*i.length+r);(s=l.exec(e))!==null;){if(n=s[1]||s[2]||s[3]||s[4]||s[5]||s[6],!n||(o=[...n].length,o!==r))continue;if(s[3]||s[4]){a+=o;continue}if(a-=o,a>0)continue;o=Math.min(o,o+a);let h=[...s[0]][0].length,d=i.slice(0,r+s.index+h+o),f=d.slice(r,-r);return{type:"del",raw:d,text:f,tokens:this.lexer.inlineTokens(f)}}}}autolink(i){let e=this.rules.inline.autolink.exec(i);if(e){let t,s;return e[2]==="@"?(t=e[1],s="mailto:"+t):(t=e[1],s=t),{type:"link",raw:e[0],text:t,href:s,tokens:[{type:"text",raw:t,text:t}]}}}url(i){let e;if(e=this.rules.inline.url.exec(i)){let t,s;if(e[2]==="@")t=e[0],s="mailto:"+t;else{let r;do r=e[0],e[0]=this.rules.inline._backpedal.exec(e[0])?.[0]??"";while(r!==e[0]);t=e[0],e[1]==="www."?s="http://"+e[0]:s=e[0]}return{type:"link",raw:e[0],text:t,href:s,tokens:[{type:"text",raw:t,text:t}]}}}inlineText(i){let e=this.rules.inline.text.exec(i);if(e){let t=this.lexer.state.inRawBlock;return{type:"text",raw:e[0],text:e[0],escaped:t}}}},di=class If{tokens;options;state;inlineQueue;tokenizer;constructor(e){this.tokens=[],this.tokens.links=Object.create(null),this.options=e||fn,this.options.tokenizer=this.options.tokenizer||new Uc,this.tokenizer=this.options.tokenizer,this.tokenizer.options=this.options,this.tokenizer.lexer=this,this.inlineQueue=[],this.state={inLink:!1,inRawBlock:!1,top:!0};let t={other:yt,block:fu.normal,inline:ua.normal};this.options.pedantic?(t.block=fu.pedantic,t.inline=ua.pedantic):this.options.gfm&&(t.block=fu.gfm,this.options.breaks?t.inline=ua.breaks:t.inline=ua.gfm),this.tokenizer.rules=t}static get rules(){return{block:fu,inline:ua}}static lex(e,t){return new If(t).lex(e)}static lexInline(e,t){return new If(t).inlineTokens(e)}lex(e){e=e.replace(yt.carriageReturn,`
`),this.blockTokens(e,this.tokens);for(let t=0;t<this.inlineQueue.length;t++){let s=this.inlineQueue[t];this.inlineTokens(s.src,s.tokens)}return this.inlineQueue=[],this.tokens}blockTokens(e,t=[],s=!1){for(this.tokenizer.lexer=this,this.options.pedantic&&(e=e.replace(yt.tabCharGlobal,"    ").replace(yt.spaceLine,""));e;){let r;if(this.options.extensions?.block?.some(o=>(r=o.call({lexer:this},e,t))?(e=e.substring(r.raw.length),t.push(r),!0):!1))continue;if(r=this.tokenizer.space(e)){e=e.substring(r.raw.length);let o=t.at(-1);r.raw.length===1&&o!==void 0?o.raw+=`
`:t.push(r);continue}if(r=this.tokenizer.code(e)){e=e.substring(r.raw.length);let o=t.at(-1);o?.type==="paragraph"||o?.type==="text"?(o.raw+=(o.raw.endsWith(`
`)?"":`
`)+r.raw,o.text+=`
`+r.text,this.inlineQueue.at(-1).src=o.text):t.push(r);continue}if(r=this.tokenizer.fences(e)){e=e.substring(r.raw.length),t.push(r);continue}if(r=this.tokenizer.heading(e)){e=e.substring(r.raw.length),t.push(r);continue}if(r=this.tokenizer.hr(e)){e=e.substring(r.raw.length),t.push(r);continue}if(r=this.tokenizer.blockquote(e)){e=e.substring(r.raw.length),t.push(r);continue}if(r=this.tokenizer.list(e)){e=e.substring(r.raw.length),t.push(r);continue}if(r=this.tokenizer.html(e)){e=e.substring(r.raw.length),t.push(r);continue}if(r=this.tokenizer.def(e)){e=e.substring(r.raw.length);let o=t.at(-1);o?.type==="paragraph"||o?.type==="text"?(o.raw+=(o.raw.endsWith(`
`)?"":`
`)+r.raw,o.text+=`
`+r.raw,this.inlineQueue.at(-1).src=o.text):this.tokens.links[r.tag]||(this.tokens.links[r.tag]={href:r.href,title:r.title},t.push(r));continue}if(r=this.tokenizer.table(e)){e=e.substring(r.raw.length),t.push(r);continue}if(r=this.tokenizer.lheading(e)){e=e.substring(r.raw.length),t.push(r);continue}let n=e;if(this.options.extensions?.startBlock){let o=1/0,a=e.slice(1),l;this.options.extensions.startBlock.forEach(h=>{l=h.call({lexer:this},a),typeof l=="number"&&l>=0&&(o=Math.min(o,l))}),o<1/0&&o>=0&&(n=e.substring(0,o+1))}if(this.state.top&&(r=this.tokenizer.paragraph(n))){let o=t.at(-1);s&&o?.type==="paragraph"?(o.raw+=(o.raw.endsWith(`
`)?"":`
`)+r.raw,o.text+=`
`+r.text,this.inlineQueue.pop(),this.inlineQueue.at(-1).src=o.text):t.push(r),s=n.length!==e.length,e=e.substring(r.raw.length);continue}if(r=this.tokenizer.text(e)){e=e.substring(r.raw.length);let o=t.at(-1);o?.type==="text"?(o.raw+=(o.raw.endsWith(`
`)?"":`
`)+r.raw,o.text+=`
`+r.text,this.inlineQueue.pop(),this.inlineQueue.at(-1).src=o.text):t.push(r);continue}if(e){let o="Infinite loop on byte: "+e.charCodeAt(0);if(this.options.silent){console.error(o);break}else throw new Error(o)}}return this.state.top=!0,t}inline(e,t=[]){return this.inlineQueue.push({src:e,tokens:t}),t}inlineTokens(e,t=[]){this.tokenizer.lexer=this;let s=e,r=null;if(this.tokens.links){let l=Object.keys(this.tokens.links);if(l.length>0)for(;(r=this.tokenizer.rules.inline.reflinkSearch.exec(s))!==null;)l.includes(r[0].slice(r[0].lastIndexOf("[")+1,-1))&&(s=s.slice(0,r.index)+"["+"a".repeat(r[0].length-2)+"]"+s.slice(this.tokenizer.rules.inline.reflinkSearch.lastIndex))}for(;(r=this.tokenizer.rules.inline.anyPunctuation.exec(s))!==null;)s=s.slice(0,r.index)+"++"+s.slice(this.tokenizer.rules.inline.anyPunctuation.lastIndex);let n;for(;(r=this.tokenizer.rules.inline.blockSkip.exec(s))!==null;)n=r[2]?r[2].length:0,s=s.slice(0,r.index+n)+"["+"a".repeat(r[0].length-n-2)+"]"+s.slice(this.tokenizer.rules.inline.blockSkip.lastIndex);s=this.options.hooks?.emStrongMask?.call({lexer:this},s)??s;let o=!1,a="";for(;e;){o||(a=""),o=!1;let l;if(this.options.extensions?.inline?.some(d=>(l=d.call({lexer:this},e,t))?(e=e.substring(l.raw.length),t.push(l),!0):!1))continue;if(l=this.tokenizer.escape(e)){e=e.substring(l.raw.length),t.push(l);continue}if(l=this.tokenizer.tag(e)){e=e.substring(l.raw.length),t.push(l);continue}if(l=this.tokenizer.link(e)){e=e.substring(l.raw.length),t.push(l);continue}if(l=this.tokenizer.reflink(e,this.tokens.links)){e=e.substring(l.raw.length);let d=t.at(-1);l.type==="text"&&d?.type==="text"?(d.raw+=l.raw,d.text+=l.text):t.push(l);continue}if(l=this.tokenizer.emStrong(e,s,a)){e=e.substring(l.raw.length),t.push(l);continue}if(l=this.tokenizer.codespan(e)){e=e.substring(l.raw.length),t.push(l);continue}if(l=this.tokenizer.br(e)){e=e.substring(l.raw.length),t.push(l);continue}if(l=this.tokenizer.del(e,s,a)){e=e.substring(l.raw.length),t.push(l);continue}if(l=this.tokenizer.autolink(e)){e=e.substring(l.raw.length),t.push(l);continue}if(!this.state.inLink&&(l=this.tokenizer.url(e))){e=e.substring(l.raw.length),t.push(l);continue}let h=e;if(this.options.extensions?.startInline){let d=1/0,f=e.slice(1),v;this.options.extensions.startInline.forEach(_=>{v=_.call({lexer:this},f),typeof v=="number"&&v>=0&&(d=Math.min(d,v))}),d<1/0&&d>=0&&(h=e.substring(0,d+1))}if(l=this.tokenizer.inlineText(h)){e=e.substring(l.raw.length),l.raw.slice(-1)!=="_"&&(a=l.raw.slice(-1)),o=!0;let d=t.at(-1);d?.type==="text"?(d.raw+=l.raw,d.text+=l.text):t.push(l);continue}if(e){let d="Infinite loop on byte: "+e.charCodeAt(0);if(this.options.silent){console.error(d);break}else throw new Error(d)}}return t}},Dc=class{options;parser;constructor(i){this.options=i||fn}space(i){return""}code({text:i,lang:e,escaped:t}){let s=(e||"").match(yt.notSpaceStart)?.[0],r=i.replace(yt.endingNewline,"")+`
`;return s?'<pre><code class="language-'+Ai(s)+'">'+(t?r:Ai(r,!0))+`</code></pre>
`:"<pre><code>"+(t?r:Ai(r,!0))+`</code></pre>
`}blockquote({tokens:i}){return`<blockquote>
${this.parser.parse(i)}</blockquote>
`}html({text:i}){return i}def(i){return""}heading({tokens:i,depth:e}){return`<h${e}>${this.parser.parseInline(i)}</h${e}>
`}hr(i){return`<hr>
`}list(i){let e=i.ordered,t=i.start,s="";for(let o=0;o<i.items.length;o++){let a=i.items[o];s+=this.listitem(a)}let r=e?"ol":"ul",n=e&&t!==1?' start="'+t+'"':"";return"<"+r+n+`>
`+s+"</"+r+`>
`}listitem(i){return`<li>${this.parser.parse(i.tokens)}</li>
`}checkbox({checked:i}){return"<input "+(i?'checked="" ':"")+'disabled="" type="checkbox"> '}paragraph({tokens:i}){return`<p>${this.parser.parseInline(i)}</p>
`}table(i){let e="",t="";for(let r=0;r<i.header.length;r++)t+=this.tablecell(i.header[r]);e+=this.tablerow({text:t});let s="";for(let r=0;r<i.rows.length;r++){let n=i.rows[r];t="";for(let o=0;o<n.length;o++)t+=this.tablecell(n[o]);s+=this.tablerow({text:t})}return s&&(s=`<tbody>${s}</tbody>`),`<table>
<thead>
`+e+`</thead>
`+s+`</table>
`}tablerow({text:i}){return`<tr>
${i}</tr>
`}tablecell(i){let e=this.parser.parseInline(i.tokens),t=i.header?"th":"td";return(i.align?`<${t} align="${i.align}">`:`<${t}>`)+e+`</${t}>
`}strong({tokens:i}){return`<strong>${this.parser.parseInline(i)}</strong>`}em({tokens:i}){return`<em>${this.parser.parseInline(i)}</em>`}codespan({text:i}){return`<code>${Ai(i,!0)}</code>`}br(i){return"<br>"}del({tokens:i}){return`<del>${this.parser.parseInline(i)}</del>`}link({href:i,title:e,tokens:t}){let s=this.parser.parseInline(t),r=Ay(i);if(r===null)return s;i=r;let n='<a href="'+i+'"';return e&&(n+=' title="'+Ai(e)+'"'),n+=">"+s+"</a>",n}image({href:i,title:e,text:t,tokens:s}){s&&(t=this.parser.parseInline(s,this.parser.textRenderer));let r=Ay(i);if(r===null)return Ai(t);i=r;let n=`<img src="${i}" alt="${Ai(t)}"`;return e&&(n+=` title="${Ai(e)}"`),n+=">",n}text(i){return"tokens"in i&&i.tokens?this.parser.parseInline(i.tokens):"escaped"in i&&i.escaped?i.text:Ai(i.text)}},nb=class{strong({text:i}){return i}em({text:i}){return i}codespan({text:i}){return i}del({text:i}){return i}html({text:i}){return i}text({text:i}){return i}link({text:i}){return""+i}image({text:i}){return""+i}br(){return""}checkbox({raw:i}){return i}},pi=class Of{options;renderer;textRenderer;constructor(e){this.options=e||fn,this.options.renderer=this.options.renderer||new Dc,this.renderer=this.options.renderer,this.renderer.options=this.options,this.renderer.parser=this,this.textRenderer=new nb}static parse(e,t){return new Of(t).parse(e)}static parseInline(e,t){return new Of(t).parseInline(e)}parse(e){this.renderer.parser=this;let t="";for(let s=0;s<e.length;s++){let r=e[s];if(this.options.extensions?.renderers?.[r.type]){let o=r,a=this.options.extensions.renderers[o.type].call({parser:this},o);if(a!==!1||!["space","hr","heading","code","table","blockquote","list","html","def","paragraph","text"].includes(o.type)){t+=a||"";continue}}let n=r;switch(n.type){case"space":{t+=this.renderer.space(n);break}case"hr":{t+=this.renderer.hr(n);break}case"heading":{t+=this.renderer.heading(n);break}case"code":{t+=this.renderer.code(n);break}case"table":{t+=this.renderer.table(n);break}case"blockquote":{t+=this.renderer.blockquote(n);break}case"list":{t+=this.renderer.list(n);break}case"checkbox":{t+=this.renderer.checkbox(n);break}case"html":{t+=this.renderer.html(n);break}case"def":{t+=this.renderer.def(n);break}case"paragraph":{t+=this.renderer.paragraph(n);break}case"text":{t+=this.renderer.text(n);break}default:{let o='Token with "'+n.type+'" type was not found.';if(this.options.silent)return console.error(o),"";throw new Error(o)}}}return t}parseInline(e,t=this.renderer){this.renderer.parser=this;let s="";for(let r=0;r<e.length;r++){let n=e[r];if(this.options.extensions?.renderers?.[n.type]){let a=this.options.extensions.renderers[n.type].call({parser:this},n);if(a!==!1||!["escape","html","link","image","strong","em","codespan","br","del","text"].includes(n.type)){s+=a||"";continue}}let o=n;switch(o.type){case"escape":{s+=t.text(o);break}case"html":{s+=t.html(o);break}case"link":{s+=t.link(o);break}case"image":{s+=t.image(o);break}case"checkbox":{s+=t.checkbox(o);break}case"strong":{s+=t.strong(o);break}case"em":{s+=t.em(o);break}case"codespan":{s+=t.codespan(o);break}case"br":{s+=t.br(o);break}case"del":{s+=t.del(o);break}case"text":{s+=t.text(o);break}default:{let a='Token with "'+o.type+'" type was not found.';if(this.options.silent)return console.error(a),"";throw new Error(a)}}}return s}},_a=class{options;block;constructor(i){this.options=i||fn}static passThroughHooks=new Set(["preprocess","postprocess","processAllTokens","emStrongMask"]);static passThroughHooksRespectAsync=new Set(["preprocess","postprocess","processAllTokens"]);preprocess(i){return i}postprocess(i){return i}processAllTokens(i){return i}emStrongMask(i){return i}provideLexer(i=this.block){return i?di.lex:di.lexInline}provideParser(i=this.block){return i?pi.parse:pi.parseInline}},X1=class{defaults=Zm();options=this.setOptions;parse=this.parseMarkdown(!0);parseInline=this.parseMarkdown(!1);Parser=pi;Renderer=Dc;TextRenderer=nb;Lexer=di;Tokenizer=Uc;Hooks=_a;constructor(...i){this.use(...i)}walkTokens(i,e){let t=[];for(let s of i)switch(t=t.concat(e.call(this,s)),s.type){case"table":{let r=s;for(let n of r.header)t=t.concat(this.walkTokens(n.tokens,e));for(let n of r.rows)for(let o of n)t=t.concat(this.walkTokens(o.tokens,e));break}case"list":{let r=s;t=t.concat(this.walkTokens(r.items,e));break}default:{let r=s;this.defaults.extensions?.childTokens?.[r.type]?this.defaults.extensions.childTokens[r.type].forEach(n=>{let o=r[n].flat(1/0);t=t.concat(this.walkTokens(o,e))}):r.tokens&&(t=t.concat(this.walkTokens(r.tokens,e)))}}return t}use(...i){let e=this.defaults.extensions||{renderers:{},childTokens:{}};return i.forEach(t=>{let s={...t};if(s.async=this.defaults.async||s.async||!1,t.extensions&&(t.extensions.forEach(r=>{if(!r.name)throw new Error("extension name required");if("renderer"in r){let n=e.renderers[r.name];n?e.renderers[r.name]=function(...o){let a=r.renderer.apply(this,o);return a===!1&&(a=n.apply(this,o)),a}:e.renderers[r.name]=r.renderer}if("tokenizer"in r){if(!r.level||r.level!=="block"&&r.level!=="inline")throw new Error("extension level must be 'block' or 'inline'");let n=e[r.level];n?n.unshift(r.tokenizer):e[r.level]=[r.tokenizer],r.start&&(r.level==="block"?e.startBlock?e.startBlock.push(r.start):e.startBlock=[r.start]:r.level==="inline"&&(e.startInline?e.startInline.push(r.start):e.startInline=[r.start]))}"childTokens"in r&&r.childTokens&&(e.childTokens[r.name]=r.childTokens)}),s.extensions=e),t.renderer){let r=this.defaults.renderer||new Dc(this.defaults);for(let n in t.renderer){if(!(n in r))throw new Error(`renderer '${n}' does not exist`);if(["options","parser"].includes(n))continue;let o=n,a=t.renderer[o],l=r[o];r[o]=(...h)=>{let d=a.apply(r,h);return d===!1&&(d=l.apply(r,h)),d||""}}s.renderer=r}if(t.tokenizer){let r=this.defaults.tokenizer||new Uc(this.defaults);for(let n in t.tokenizer){if(!(n in r))throw new Error(`tokenizer '${n}' does not exist`);if(["options","rules","lexer"].includes(n))continue;let o=n,a=t.tokenizer[o],l=r[o];r[o]=(...h)=>{let d=a.apply(r,h);return d===!1&&(d=l.apply(r,h)),d}}s.tokenizer=r}if(t.hooks){let r=this.defaults.hooks||new _a;for(let n in t.hooks){if(!(n in r))throw new Error(`hook '${n}' does not exist`);if(["options","block"].includes(n))continue;let o=n,a=t.hooks[o],l=r[o];_a.passThroughHooks.has(n)?r[o]=h=>{if(this.defaults.async&&_a.passThroughHooksRespectAsync.has(n))return(async()=>{let f=await a.call(r,h);return l.call(r,f)})();let d=a.call(r,h);return l.call(r,d)}:r[o]=(...h)=>{if(this.defaults.async)return(async()=>{let f=await a.apply(r,h);return f===!1&&(f=await l.apply(r,h)),f})();let d=a.apply(r,h);return d===!1&&(d=l.apply(r,h)),d}}s.hooks=r}if(t.walkTokens){let r=this.defaults.walkTokens,n=t.walkTokens;s.walkTokens=function(o){let a=[];return a.push(n.call(this,o)),r&&(a=a.concat(r.call(this,o))),a}}this.defaults={...this.defaults,...s}}),this}setOptions(i){return this.defaults={...this.defaults,...i},this}lexer(i,e){return di.lex(i,e??this.defaults)}parser(i,e){return pi.parse(i,e??this.defaults)}parseMarkdown(i){return(e,t)=>{let s={...t},r={...this.defaults,...s},n=this.onError(!!r.silent,!!r.async);if(this.defaults.async===!0&&s.async===!1)return n(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));if(typeof e>"u"||e===null)return n(new Error("marked(): input parameter is undefined or null"));if(typeof e!="string")return n(new Error("marked(): input parameter is of type "+Object.prototype.toString.call(e)+", string expected"));if(r.hooks&&(r.hooks.options=r,r.hooks.block=i),r.async)return(async()=>{let o=r.hooks?await r.hooks.preprocess(e):e,a=await(r.hooks?await r.hooks.provideLexer(i):i?di.lex:di.lexInline)(o,r),l=r.hooks?await r.hooks.processAllTokens(a):a;r.walkTokens&&await Promise.all(this.walkTokens(l,r.walkTokens));let h=await(r.hooks?await r.hooks.provideParser(i):i?pi.parse:pi.parseInline)(l,r);return r.hooks?await r.hooks.postprocess(h):h})().catch(n);try{r.hooks&&(e=r.hooks.preprocess(e));let o=(r.hooks?r.hooks.provideLexer(i):i?di.lex:di.lexInline)(e,r);r.hooks&&(o=r.hooks.processAllTokens(o)),r.walkTokens&&this.walkTokens(o,r.walkTokens);let a=(r.hooks?r.hooks.provideParser(i):i?pi.parse:pi.parseInline)(o,r);return r.hooks&&(a=r.hooks.postprocess(a)),a}catch(o){return n(o)}}}onError(i,e){return t=>{if(t.message+=`
Please report this to https://github.com/markedjs/marked.`,i){let s="<p>An error occurred:</p><pre>"+Ai(t.message+"",!0)+"</pre>";return e?Promise.resolve(s):s}if(e)return Promise.reject(t);throw t}}},nn=new X1;function ne(i,e){return nn.parse(i,e)}ne.options=ne.setOptions=function(i){return nn.setOptions(i),ne.defaults=nn.defaults,V1(ne.defaults),ne};ne.getDefaults=Zm;ne.defaults=fn;ne.use=function(...i){return nn.use(...i),ne.defaults=nn.defaults,V1(ne.defaults),ne};ne.walkTokens=function(i,e){return nn.walkTokens(i,e)};ne.parseInline=nn.parseInline;ne.Parser=pi;ne.parser=pi.parse;ne.Renderer=Dc;ne.TextRenderer=nb;ne.Lexer=di;ne.lexer=di.lex;ne.Tokenizer=Uc;ne.Hooks=_a;ne.parse=ne;ne.options;ne.setOptions;ne.use;ne.walkTokens;ne.parseInline;pi.parse;di.lex;const Z1=nO(window),J3={USE_PROFILES:{html:!0},CUSTOM_ELEMENT_HANDLING:{tagNameCheck:/^(?:ufm|umb|uui)-.*$/,attributeNameCheck:/.+/,allowCustomizedBuiltInElements:!1}};Z1.addHook("afterSanitizeAttributes",function(i){"target"in i&&i instanceof HTMLElement&&i.setAttribute("target","_blank")});new X1({async:!0,gfm:!0,breaks:!0,hooks:{postprocess:i=>Z1.sanitize(i,J3)}});const ob=new W("UmbUfmContext");class Q3 extends st{#e;constructor(e){super(e,J1),this.#e=new fi(void 0),this.value=this.#e.asObservable()}getValue(){return this.#e.getValue()}setValue(e){this.#e.setValue(e)}}const J1=new W("UmbUfmRenderContext");var ab=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Rc=class extends I{#e;set value(e){this.#e.setValue(e)}get value(){return this.#e.getValue()}#t;constructor(){super(),this.#e=new Q3(this),this.inline=!1,this.consumeContext(ob,e=>{this.#t=e})}toString(){return this.shadowRoot?.textContent??""}render(){return nI(this.#i())}async#i(){if(!this.#t||!this.markdown)return null;const e=await this.#t.parse(this.markdown,this.inline);return e?Ni(e):w}static{this.styles=[J,g`
			:host {
				position: relative;
			}

			* {
				max-width: 100%;
				word-wrap: break-word;
			}

			pre {
				overflow: auto;
			}

			code {
				font-family: var(--uui-font-monospace, monospace);
				white-space: pre-wrap;
				background-color: var(--uui-color-background);
				border-radius: var(--uui-border-radius);
				padding: 0.2em 0.4em;
			}

			:host > :first-child {
				margin-block-start: 0;
			}

			:host > :last-child {
				margin-block-end: 0;
			}
		`]}};ab([u({type:Boolean})],Rc.prototype,"inline",void 0);ab([u()],Rc.prototype,"markdown",void 0);Rc=ab([A("umb-ufm-render")],Rc);var Q1=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};class ex extends I{#e;#t;set filters(e){this.#i=e,this.#e=e?.split("|").filter(t=>t).map(t=>{const[s,...r]=t.split(":").map(n=>n.trim());return{alias:s,args:r}})}get filters(){return this.#i}#i;constructor(){super(),this.consumeContext(ob,e=>{this.#t=e})}render(){if(!this.isConnected)return;let e=Array.isArray(this.value)?this.value:[this.value];if(this.#e){const t=new Set;for(const s of this.#e){const r=this.#t?.getFilterByAlias(s.alias);r?e=e.map(n=>r(n,...s.args)):t.add(s.alias)}t.size>0&&console.warn(`UFM filters with aliases "${Array.from(t).join('", "')}" were not found.`)}return e.join(", ")}}Q1([u()],ex.prototype,"filters",null);Q1([m()],ex.prototype,"value",void 0);const tx=["this"],eU=["+","-","!"],tU=["=","+","-","*","/","%","^","==","!=",">","<",">=","<=","||","&&","??","&","===","!==","|","|>"],Uy={"!":0,":":0,",":0,")":0,"]":0,"}":0,"|>":1,"?":2,"??":3,"||":4,"&&":5,"|":6,"^":7,"&":8,"!=":9,"==":9,"!==":9,"===":9,">=":10,">":10,"<=":10,"<":10,"+":11,"-":11,"%":12,"/":12,"*":12,"(":13,"[":13,".":13,"{":13},ix=13;const iU=["==","!=","<=",">=","||","&&","??","|>"],sU=["===","!=="];var V;(function(i){i[i.STRING=1]="STRING",i[i.IDENTIFIER=2]="IDENTIFIER",i[i.DOT=3]="DOT",i[i.COMMA=4]="COMMA",i[i.COLON=5]="COLON",i[i.INTEGER=6]="INTEGER",i[i.DECIMAL=7]="DECIMAL",i[i.OPERATOR=8]="OPERATOR",i[i.GROUPER=9]="GROUPER",i[i.KEYWORD=10]="KEYWORD",i[i.ARROW=11]="ARROW"})(V||(V={}));const Si=(i,e,t=0)=>({kind:i,value:e,precedence:t}),rU=i=>i===9||i===10||i===13||i===32,sx=i=>i===95||i===36||(i&=-33,65<=i&&i<=90),nU=i=>sx(i)||wa(i),oU=i=>tx.indexOf(i)!==-1,aU=i=>i===34||i===39,wa=i=>48<=i&&i<=57,lU=i=>i===43||i===45||i===42||i===47||i===33||i===38||i===37||i===60||i===61||i===62||i===63||i===94||i===124,uU=i=>i===40||i===41||i===91||i===93||i===123||i===125,cU=i=>i.replace(/\\(.)/g,(e,t)=>{switch(t){case"n":return`
`;case"r":return"\r";case"t":return"	";case"b":return"\b";case"f":return"\f";default:return t}});class hU{#e;#t=-1;#i=0;#s;constructor(e){this.#e=e,this.#r()}nextToken(){for(;rU(this.#s);)this.#r(!0);if(aU(this.#s))return this.#a();if(sx(this.#s))return this.#l();if(wa(this.#s))return this.#c();if(this.#s===46)return this.#u();if(this.#s===44)return this.#d();if(this.#s===58)return this.#h();if(lU(this.#s))return this.#p();if(uU(this.#s))return this.#m();if(this.#r(),this.#s!==void 0)throw new Error(`Expected end of input, got ${this.#s}`)}#r(e){this.#t++,this.#t<this.#e.length?(this.#s=this.#e.charCodeAt(this.#t),e===!0&&(this.#i=this.#t)):this.#s=void 0}#n(e=0){const t=this.#e.substring(this.#i,this.#t+e);return e===0&&this.#o(),t}#o(){this.#i=this.#t}#a(){const e="unterminated string",t=this.#s;for(this.#r(!0);this.#s!==t;){if(this.#s===void 0)throw new Error(e);if(this.#s===92&&(this.#r(),this.#s===void 0))throw new Error(e);this.#r()}const s=Si(V.STRING,cU(this.#n()));return this.#r(),s}#l(){do this.#r();while(nU(this.#s));const e=this.#n(),t=oU(e)?V.KEYWORD:V.IDENTIFIER;return Si(t,e)}#c(){do this.#r();while(wa(this.#s));return this.#s===46?this.#u():Si(V.INTEGER,this.#n())}#u(){return this.#r(),wa(this.#s)?this.#f():(this.#o(),Si(V.DOT,".",ix))}#d(){return this.#r(!0),Si(V.COMMA,",")}#h(){return this.#r(!0),Si(V.COLON,":")}#f(){do this.#r();while(wa(this.#s));return Si(V.DECIMAL,this.#n())}#p(){this.#r();let e=this.#n(2);if(sU.indexOf(e)!==-1)this.#r(),this.#r();else{if(e=this.#n(1),e==="=>")return this.#r(),Si(V.ARROW,e);iU.indexOf(e)!==-1&&this.#r()}return e=this.#n(),Si(V.OPERATOR,e,Uy[e])}#m(){const e=String.fromCharCode(this.#s),t=Si(V.GROUPER,e,Uy[e]);return this.#r(!0),t}}class dU{#e;#t;#i;#s;#r;constructor(e,t){this.#t=new hU(e),this.#i=t}parse(){return this.#n(),this.#o()}#n(e,t){if(!this._matches(e,t))throw new Error(`Expected kind ${e} (${t}), was ${this.#s?.kind} (${this.#s?.value})`);const s=this.#t.nextToken();this.#s=s,this.#e=s?.kind,this.#r=s?.value}_matches(e,t){return!(e&&this.#e!==e||t&&this.#r!==t)}#o(){if(!this.#s)return this.#i.empty();const e=this.#u();return e===void 0?void 0:this.#a(e,0)}#a(e,t){if(e===void 0)throw new Error("Expected left to be defined.");for(;this.#s;)if(this._matches(V.GROUPER,"(")){const s=this.#v();e=this.#i.invoke(e,void 0,s)}else if(this._matches(V.GROUPER,"[")){const s=this.#b();e=this.#i.index(e,s)}else if(this._matches(V.DOT)){this.#n();const s=this.#u();e=this.#l(e,s)}else{if(this._matches(V.KEYWORD))break;if(this._matches(V.OPERATOR)&&this.#s.precedence>=t)e=this.#r==="?"?this.#d(e):this.#c(e,this.#s);else break}return e}#l(e,t){if(t===void 0)throw new Error("expected identifier");if(t.type==="ID")return this.#i.getter(e,t.value);if(t.type==="Invoke"&&t.receiver.type==="ID"){const s=t.receiver;return this.#i.invoke(e,s.value,t.arguments)}else throw new Error(`expected identifier: ${t}`)}#c(e,t){if(tU.indexOf(t.value)===-1)throw new Error(`unknown operator: ${t.value}`);this.#n();let s=this.#u();for(;(this.#e===V.OPERATOR||this.#e===V.DOT||this.#e===V.GROUPER)&&this.#s.precedence>t.precedence;)s=this.#a(s,this.#s.precedence);return this.#i.binary(e,t.value,s)}#u(){if(this._matches(V.OPERATOR)){const e=this.#r;if(this.#n(),e==="+"||e==="-"){if(this._matches(V.INTEGER))return this.#_(e);if(this._matches(V.DECIMAL))return this.#C(e)}if(eU.indexOf(e)===-1)throw new Error(`unexpected token: ${e}`);const t=this.#a(this.#h(),ix);return this.#i.unary(e,t)}return this.#h()}#d(e){this.#n(V.OPERATOR,"?");const t=this.#o();this.#n(V.COLON);const s=this.#o();return this.#i.ternary(e,t,s)}#h(){switch(this.#e){case V.KEYWORD:const e=this.#r;if(e==="this")return this.#n(),this.#i.id(e);throw tx.indexOf(e)!==-1?new Error(`unexpected keyword: ${e}`):new Error(`unrecognized keyword: ${e}`);case V.IDENTIFIER:return this.#m();case V.STRING:return this.#w();case V.INTEGER:return this.#_();case V.DECIMAL:return this.#C();case V.GROUPER:return this.#r==="("?this.#y():this.#r==="{"?this.#p():this.#r==="["?this.#f():void 0;case V.COLON:throw new Error('unexpected token ":"');default:return}}#f(){const e=[];do{if(this.#n(),this._matches(V.GROUPER,"]"))break;e.push(this.#o())}while(this._matches(V.COMMA));return this.#n(V.GROUPER,"]"),this.#i.list(e)}#p(){const e={};do{if(this.#n(),this._matches(V.GROUPER,"}"))break;const t=this.#r;(this._matches(V.STRING)||this._matches(V.IDENTIFIER))&&this.#n(),this.#n(V.COLON),e[t]=this.#o()}while(this._matches(V.COMMA));return this.#n(V.GROUPER,"}"),this.#i.map(e)}#m(){const e=this.#r;if(e==="true")return this.#n(),this.#i.literal(!0);if(e==="false")return this.#n(),this.#i.literal(!1);if(e==="null")return this.#n(),this.#i.literal(null);if(e==="undefined")return this.#n(),this.#i.literal(void 0);const t=this.#g(),s=this.#v();return s?this.#i.invoke(t,void 0,s):t}#g(){if(!this._matches(V.IDENTIFIER))throw new Error(`expected identifier: ${this.#r}`);const e=this.#r;return this.#n(),this.#i.id(e)}#v(){if(!this._matches(V.GROUPER,"("))return;const e=[];do{if(this.#n(),this._matches(V.GROUPER,")"))break;const t=this.#o();e.push(t)}while(this._matches(V.COMMA));return this.#n(V.GROUPER,")"),e}#b(){this.#n();const e=this.#o();return this.#n(V.GROUPER,"]"),e}#y(){const e=this.#v();if(this._matches(V.ARROW)){this.#n();const t=this.#o(),s=e?.map(r=>r.value)??[];return this.#i.arrowFunction(s,t)}else return this.#i.paren(e[0])}#w(){const e=this.#i.literal(this.#r);return this.#n(),e}#_(e=""){const t=this.#i.literal(parseInt(`${e}${this.#r}`,10));return this.#n(),t}#C(e=""){const t=this.#i.literal(parseFloat(`${e}${this.#r}`));return this.#n(),t}}const{hasOwn:Dy,fromEntries:pU}=Object,fU={"+":(i,e)=>i+e,"-":(i,e)=>i-e,"*":(i,e)=>i*e,"/":(i,e)=>i/e,"%":(i,e)=>i%e,"==":(i,e)=>i==e,"!=":(i,e)=>i!=e,"===":(i,e)=>i===e,"!==":(i,e)=>i!==e,">":(i,e)=>i>e,">=":(i,e)=>i>=e,"<":(i,e)=>i<e,"<=":(i,e)=>i<=e,"||":(i,e)=>i||e,"&&":(i,e)=>i&&e,"??":(i,e)=>i??e,"|":(i,e)=>e(i),"|>":(i,e)=>e(i)},mU={"+":i=>i,"-":i=>-i,"!":i=>!i};class bU{empty(){return{type:"Empty",evaluate(e){return e},getIds(e){return e}}}literal(e){return{type:"Literal",value:e,evaluate(t){return this.value},getIds(t){return t}}}id(e){return{type:"ID",value:e,evaluate(t){return this.value==="this"?t:t?.[this.value]},getIds(t){return t.push(this.value),t}}}unary(e,t){const s=mU[e];return{type:"Unary",operator:e,child:t,evaluate(r){return s(this.child.evaluate(r))},getIds(r){return this.child.getIds(r)}}}binary(e,t,s){const r=fU[t];return{type:"Binary",operator:t,left:e,right:s,evaluate(n){if(this.operator==="="){if(this.left.type!=="ID"&&this.left.type!=="Getter"&&this.left.type!=="Index")throw new Error(`Invalid assignment target: ${this.left}`);const o=this.right.evaluate(n);let a,l;return this.left.type==="Getter"?(a=this.left.receiver.evaluate(n),l=this.left.name):this.left.type==="Index"?(a=this.left.receiver.evaluate(n),l=this.left.argument.evaluate(n)):this.left.type==="ID"&&(a=n,l=this.left.value),a===void 0?void 0:a[l]=o}return r(this.left.evaluate(n),this.right.evaluate(n))},getIds(n){return this.left.getIds(n),this.right.getIds(n),n}}}getter(e,t){return{type:"Getter",receiver:e,name:t,evaluate(s){return this.receiver.evaluate(s)?.[this.name]},getIds(s){return this.receiver.getIds(s),s}}}invoke(e,t,s){if(t!=null&&typeof t!="string")throw new Error("method not a string");return{type:"Invoke",receiver:e,method:t,arguments:s,evaluate(r){const n=this.receiver.evaluate(r),o=this.method?n:r?.this??r,a=this.method?n?.[t]:n,h=(this.arguments??[]).map(d=>d?.evaluate(r));return a?.apply?.(o,h)},getIds(r){return this.receiver.getIds(r),this.arguments?.forEach(n=>n?.getIds(r)),r}}}paren(e){return e}index(e,t){return{type:"Index",receiver:e,argument:t,evaluate(s){return this.receiver.evaluate(s)?.[this.argument.evaluate(s)]},getIds(s){return this.receiver.getIds(s),s}}}ternary(e,t,s){return{type:"Ternary",condition:e,trueExpr:t,falseExpr:s,evaluate(r){return this.condition.evaluate(r)?this.trueExpr.evaluate(r):this.falseExpr.evaluate(r)},getIds(r){return this.condition.getIds(r),this.trueExpr.getIds(r),this.falseExpr.getIds(r),r}}}map(e){return{type:"Map",entries:e,evaluate(t){const s={};if(e&&this.entries)for(const r in e){const n=this.entries[r];n&&(s[r]=n.evaluate(t))}return s},getIds(t){if(e&&this.entries)for(const s in e){const r=this.entries[s];r&&r.getIds(t)}return t}}}list(e){return{type:"List",items:e,evaluate(t){return this.items?.map(s=>s?.evaluate(t))},getIds(t){return this.items?.forEach(s=>s?.getIds(t)),t}}}arrowFunction(e,t){return{type:"ArrowFunction",params:e,body:t,evaluate(s){const r=this.params,n=this.body;return function(...o){const a=pU(r.map((h,d)=>[h,o[d]])),l=new Proxy(s??{},{set(h,d,f){return Dy(a,d)&&(a[d]=f),h[d]=f},get(h,d){return Dy(a,d)?a[d]:h[d]}});return n.evaluate(l)}},getIds(s){return this.body.getIds(s).filter(r=>!this.params.includes(r))}}}}class gU{#e=new Map;#t;constructor(e){this.#t=e}get(e){if(!this.#e.has(e))return;const t=this.#e.get(e);return this.#e.delete(e),this.#e.set(e,t),t}set(e,t){if(this.#e.has(e))this.#e.delete(e);else if(this.#e.size>=this.#t){const s=this.#e.keys().next().value;s&&this.#e.delete(s)}this.#e.set(e,t)}has(e){return this.#e.has(e)}}var rx=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};const vU=new bU,bp=new gU(1e3);let Uf=class extends I{#e;constructor(){super(),this.consumeContext(ob,e=>{this.#e=e}),this.consumeContext(J1,e=>{this.observe(e?.value,t=>{this.value=this.#t(this.textContent??"",t)},"observeValue")})}#t(e,t){const s=this.#e?.getFilters()??[],r=Object.fromEntries(s.map(a=>[a.alias,a.filter])),n={...t,...r};let o=bp.get(e);if(o===void 0&&!bp.has(e)){try{o=new dU(e,vU).parse()}catch{console.error(`Error parsing expression: \`${e}\``)}bp.set(e,o)}return o?.evaluate(n)??""}render(){return(Array.isArray(this.value)?this.value:[this.value]).join(", ")}};rx([m()],Uf.prototype,"value",void 0);Uf=rx([A("umb-ufm-js-expression")],Uf);const nx=new W("UmbBlockManagerContext"),Xh="document-type",yU="document-type-root",_U=new ft("Umb.Modal.SectionPicker",{modal:{type:"sidebar",size:"small"}}),Zh=new mt("section/:sectionName"),wU="Umb.Repository.Section.Item",xU=new W("UmbPickerInputContext");class lb extends Event{static{this.TYPE="interaction-memories-change"}constructor(){super(lb.TYPE,{bubbles:!0,composed:!1,cancelable:!1})}}class EU extends oe{constructor(){super(...arguments),this.#e=new Dt([],e=>e.unique),this.memories=this.#e.asObservable()}#e;memory(e){return this.#e.asObservablePart(t=>t.find(s=>s.unique===e))}getMemory(e){return this.#e.getValue().find(t=>t.unique===e)}setMemory(e){this.#e.appendOne(e)}deleteMemory(e){this.#e.removeOne(e)}getAllMemories(){return this.#e.getValue()}clear(){this.#e.clear()}}class ox extends oe{}class CU extends ox{#e;#t;constructor(e,t,s){if(super(e),!t)throw new Error("Detail source is missing");if(!s)throw new Error("Detail store context alias is missing");this.detailDataSource=new t(e),this.#e=this.consumeContext(s,r=>{this.#t=r}).asPromise({preventTimeout:!0}).catch(()=>{})}async createScaffold(e){return this.detailDataSource.createScaffold(e)}async requestByUnique(e){if(!e)throw new Error("Unique is missing");await this.#e;const{data:t,error:s}=await this.detailDataSource.read(e);return t&&this.#t?.append(t),{data:t,error:s,asObservable:()=>this.#t?.byUnique(e)}}async create(e,t){if(!e)throw new Error("Data is missing");await this.#e;const{data:s,error:r}=await this.detailDataSource.create(e,t);return s&&this.#t?.append(s),{data:s,error:r}}async save(e){if(!e)throw new Error("Data is missing");if(!e.unique)throw new Error("Unique is missing");await this.#e;const{data:t,error:s}=await this.detailDataSource.update(e);return t&&this.#t?.updateItem(e.unique,t),{data:t,error:s}}async delete(e){if(!e)throw new Error("Unique is missing");await this.#e;const{error:t}=await this.detailDataSource.delete(e);return t||this.#t?.removeItem(e),{error:t}}async byUnique(e){if(!e)throw new Error("Unique is missing");return await this.#e,this.#t.byUnique(e)}destroy(){this.#t=void 0,this.detailDataSource=void 0,super.destroy()}}const ax=new W("UmbActionEventContext"),lx=new W("UmbEntityContext");class $U extends st{#e;#t;constructor(e){super(e,lx),this.#e=new Re(void 0),this.entityType=this.#e.asObservable(),this.#t=new Re(null),this.unique=this.#t.asObservable()}setEntityType(e){this.#e.setValue(e)}getEntityType(){return this.#e.getValue()}setUnique(e){this.#t.setValue(e)}getUnique(){return this.#t.getValue()}}const kU=new W("UmbParentEntityContext");class TU extends st{#e;constructor(e){super(e,kU),this.#e=new fi(void 0),this.parent=this.#e.asObservable()}getParent(){return this.#e.getValue()}setParent(e){this.#e.setValue(e)}}var Ho=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let cr=class extends I{constructor(){super(...arguments),this._props={},this.#e=new $U(this)}get entityType(){return this._props.entityType}set entityType(e){e===void 0||e===this._props.entityType||(this._props.entityType=e,this.#t(),this.requestUpdate("_props"),this._filter=t=>t.forEntityTypes.includes(e))}get unique(){return this._props.unique}set unique(e){e!==this._props.unique&&(this._props.unique=e,this.#t(),this.requestUpdate("_props"))}#e;#t(){!this._props.entityType||this._props.unique===void 0||(this.#e.setEntityType(this._props.entityType),this.#e.setUnique(this._props.unique),this.#i=!1,this._apiArgs=e=>[{entityType:this._props.entityType,unique:this._props.unique,meta:e.meta}])}#i;render(){return this._filter?c`
					<umb-extension-with-api-slot
						type="entityAction"
						.filter=${this._filter}
						.elementProps=${this._props}
						.apiArgs=${this._apiArgs}
						.renderMethod=${(e,t)=>(!this.#i&&t===0&&(e.component?.updateComplete.then(async()=>{const s=e.component?.shadowRoot?.querySelector("uui-menu-item");s?.updateComplete.then(async()=>{s?.shadowRoot?.querySelector("#label-button")?.focus?.()})}),this.#i=!0),e.component)}></umb-extension-with-api-slot>
				`:""}static{this.styles=[g`
			:host {
				--uui-menu-item-indent: 0;
				--uui-menu-item-flat-structure: 1;
			}
		`]}};Ho([u({type:String,attribute:"entity-type"})],cr.prototype,"entityType",null);Ho([m()],cr.prototype,"_filter",void 0);Ho([u({type:String})],cr.prototype,"unique",null);Ho([m()],cr.prototype,"_props",void 0);Ho([m()],cr.prototype,"_apiArgs",void 0);cr=Ho([A("umb-entity-action-list")],cr);var Jh=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let ml=class extends I{#e;#t;#i;#s;constructor(){super(),this.compact=!1,this.consumeContext(lx,e=>{e&&this.observe(Dm([e.entityType,e.unique]),([t,s])=>{this.#i=t,this.#s=s,this.#t&&(this.#t.entityType=t,this.#t.unique=s)})})}#r(){this._dropdownElement?.closeDropdown()}#n(e){e.stopPropagation()}#o(){this.#e||(this.#e=new Ba,this.#t=new cr,this.#t.addEventListener("action-executed",this.#r.bind(this)),this.#t.entityType=this.#i,this.#t.unique=this.#s,this.#t.setAttribute("label",this.label??""),this.#e.appendChild(this.#t),this._dropdownElement?.appendChild(this.#e))}render(){return c`<umb-dropdown
			id="action-modal"
			@click=${this.#n}
			@opened=${this.#o}
			.label=${this.label}
			?compact=${this.compact}
			hide-expand>
			<slot name="label" slot="label"></slot>
			<slot></slot>
		</umb-dropdown>`}static{this.styles=[g`
			uui-scroll-container {
				max-height: 700px;
			}
		`]}};Jh([u({type:Boolean})],ml.prototype,"compact",void 0);Jh([u({type:String})],ml.prototype,"label",void 0);Jh([K("#action-modal")],ml.prototype,"_dropdownElement",void 0);ml=Jh([A("umb-entity-actions-dropdown")],ml);var ux=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Df=class extends I{render(){return this.value?c`
			<umb-entity-actions-bundle
				.entityType=${this.value.entityType}
				.unique=${this.value.unique}
				.label=${this.localize.string(this.value.name)}>
			</umb-entity-actions-bundle>
		`:w}};ux([u({attribute:!1})],Df.prototype,"value",void 0);Df=ux([A("umb-entity-actions-table-column-view")],Df);class mn extends wS{constructor(e,t){super(e),this._args=t}getEntityType(){return this._args.entityType}getUnique(){return this._args.unique}getEventUnique(){return this._args.eventUnique}}class Mc extends mn{static{this.TYPE="request-reload-structure-for-entity"}constructor(e){super(Mc.TYPE,e)}}const PU=new W("UmbHasChildrenEntityContext");class SU extends st{#e;constructor(e){super(e,PU),this.#e=new nt(void 0),this.hasChildren=this.#e.asObservable()}getHasChildren(){return this.#e.getValue()}setHasChildren(e){this.#e.setValue(e)}}class La extends mn{static{this.TYPE="entity-updated"}constructor(e){super(La.TYPE,e)}}class cx extends mn{static{this.TYPE="entity-deleted"}constructor(e){super(cx.TYPE,e)}}class Lc extends mn{static{this.TYPE="request-reload-children-of-entity"}constructor(e){super(Lc.TYPE,e)}}const AU=Symbol();class hx extends oe{#e;#t;#i;#s;get init(){return this.#e}#r;#n;#o;constructor(e,t){super(e),this.#r=new Dt([],s=>s),this.uniques=this.#r.asObservable(),this.#n=new Dt([],s=>s.unique),this.items=this.#n.asObservable(),this.#o=new Dt([],s=>s.unique),this.statuses=this.#o.asObservable(),this.#u=s=>{const r=s.getUnique(),n=this.getItems();if(n.length===0)return;const o=n.find(a=>a.unique===r);o&&this.#l(o.unique)},this.#e=new Promise(s=>{this.#t=s}),t&&this.#d(t),this.observe(this.uniques,s=>{if(s.length===0){this.#n.setValue([]),this.#o.setValue([]);return}const r=this.#o.getValue();if(s.length===r.length&&s.every(n=>r.find(o=>o.unique===n))){const n=this.#n.getValue();this.#n.setValue(this.#c(n)),this.#o.setValue(this.#c(r))}else this.#a()},null),this.consumeContext(ax,s=>{this.#s?.removeEventListener(La.TYPE,this.#u),this.#s=s,this.#s?.addEventListener(La.TYPE,this.#u)})}setItemRepository(e){this.repository=e,this.#t(void 0)}getItemRepository(){return this.repository}getUniques(){return this.#r.getValue()}setUniques(e){this.#r.setValue(e??[])}getItems(){return this.#n.getValue()}itemByUnique(e){return this.#n.asObservablePart(t=>t.find(s=>s.unique===e))}removeStatus(e){new zw({removeInVersion:"18.0.0",deprecated:"removeStatus",solution:"Statuses are removed automatically when setting uniques"}).warn(),this.#o.filter(t=>t.unique!==e)}async getItemByUnique(e){const t=this.observe(this.itemByUnique(e),()=>{},null),s=await t.asPromise();return t.destroy(),s}async#a(){if(await this.#e,!this.repository)throw new Error("Repository is not initialized");const e=this.getUniques();this.#o.setValue(e.map(o=>({state:{type:"loading"},unique:o})));const t=this.repository.requestItems(e);this.#i=t;const{asObservable:s,data:r,error:n}=await t;if(this.#i===t){if(n){this.#o.replace(e.map(o=>({state:{type:"error",error:"#general_error"},unique:o})));return}if(r){const o=e.filter(l=>!r.find(h=>h.unique===l)),a=e.filter(l=>!o.includes(l));this.#n.remove(o),this.#o.replace([...o.map(l=>({state:{type:"error",error:"#general_notFound"},unique:l})),...a.map(l=>({state:{type:"success"},unique:l}))])}s?this.observe(s(),o=>{this.#n.setValue(this.#c(o))},AU):r&&this.#n.setValue(r)}}async#l(e){if(await this.#e,!this.repository)throw new Error("Repository is not initialized");const{data:t,error:s}=await this.repository.requestItems([e]);if(s&&this.#o.updateOne(e,{state:{type:"error",error:"#general_notFound"}}),t){const r=this.getItems(),n=r.find(o=>o.unique===e);if(n){const o=r.indexOf(n),a=[...r];a[o]=t[0],this.#n.setValue(this.#c(a))}}}#c(e){if(!e)return[];const t=this.getUniques();return[...e].sort((s,r)=>{const n=t.indexOf(s.unique??""),o=t.indexOf(r.unique??"");return n-o})}#u;async#d(e){new $w(this,Ee,e,[this],(t,s)=>{this.repository=t?s.api:void 0,this.#t(void 0)})}destroy(){this.#s?.removeEventListener(La.TYPE,this.#u),super.destroy()}}class Fo extends st{#e;get max(){return this._max}set max(e){this._max=e===void 0?1/0:e}get min(){return this._min}set min(e){this._min=e===void 0?0:e}constructor(e,t,s){super(e,xU),this.interactionMemory=new EU(this),this._max=1/0,this._min=0,s&&(this.modalAlias=s),this.#e=new hx(this,t),this.selection=this.#e.uniques,this.statuses=this.#e.statuses,this.selectedItems=this.#e.items}getSelection(){return this.#e.getUniques()}getSelectedItems(){return this.#e.getItems()}getSelectedItemByUnique(e){return this.#e.getItems().find(t=>t.unique===e)}setSelection(e){this.#e.setUniques(e.filter(t=>t!==null))}async openPicker(e){if(await this.#e.init,!this.modalAlias)throw new Error("No modal alias defined for the picker input context.");const t=await A1(this,this.modalAlias,{data:{multiple:this._max!==1,...e},value:{selection:this.getSelection()}}).catch(()=>{});t&&(this.setSelection(t.selection),this.getHostElement().dispatchEvent(new ut))}async _requestItemName(e){return this.getSelectedItemByUnique(e)?.name??"#general_notFound"}async requestRemoveItem(e){const t=await this._requestItemName(e);await RO(this,{color:"danger",headline:"#actions_remove?",content:`#defaultdialogs_confirmremove ${t}?`,confirmLabel:"#actions_remove"}),this._removeItem(e)}_removeItem(e){const t=this.getSelection().filter(s=>s!==e);this.setSelection(t),this.getHostElement().dispatchEvent(new ut)}}class IU extends Fo{constructor(e){super(e,wU,_U)}}var bn=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let hr=class extends wr(I){set min(e){this.#e.min=e}get min(){return this.#e.min}set max(e){this.#e.max=e}get max(){return this.#e.max}set selection(e){this.#e.setSelection(e)}get selection(){return this.#e.getSelection()}set value(e){this.selection=Vo(e)}get value(){return this.selection.length>0?this.selection.join(","):void 0}#e;constructor(){super(),this.minMessage="This field need more items",this.maxMessage="This field exceeds the allowed amount of items",this.#e=new IU(this),this.addValidator("rangeUnderflow",()=>this.minMessage,()=>!!this.min&&this.#e.getSelection().length<this.min),this.addValidator("rangeOverflow",()=>this.maxMessage,()=>!!this.max&&this.#e.getSelection().length>this.max),this.observe(this.#e.selection,e=>this.value=e.join(",")),this.observe(this.#e.selectedItems,e=>this._items=e)}getFormElement(){}render(){return c`
			<uui-ref-list>${this._items?.map(e=>this._renderItem(e))}</uui-ref-list>
			<uui-button
				id="btn-add"
				look="placeholder"
				@click=${()=>this.#e.openPicker()}
				label=${this.localize.term("general_choose")}></uui-button>
		`}_renderItem(e){if(e.unique)return c` <umb-ref-section .item=${e}>
			<uui-action-bar slot="actions">
				<uui-button @click=${()=>this.#e.requestRemoveItem(e.unique)} label="Remove ${e.name}"
					>Remove</uui-button
				>
			</uui-action-bar>
		</umb-ref-section>`}static{this.styles=[g`
			#btn-add {
				width: 100%;
			}
		`]}};bn([u({type:Number})],hr.prototype,"min",null);bn([u({type:String,attribute:"min-message"})],hr.prototype,"minMessage",void 0);bn([u({type:Number})],hr.prototype,"max",null);bn([u({type:String,attribute:"min-message"})],hr.prototype,"maxMessage",void 0);bn([u({type:String})],hr.prototype,"value",null);bn([m()],hr.prototype,"_items",void 0);hr=bn([A("umb-input-section")],hr);var dx=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Rf=class extends Dh(ji){render(){return c`
			<div id="info">
				<div id="name">${this.item?.meta.label?this.localize.string(this.item.meta.label):this.item?.name}</div>
			</div>
			<slot></slot>
			<slot name="actions" id="actions-container"></slot>
		`}static{this.styles=[...ji.styles,g`
			#name {
				font-weight: 700;
			}
		`]}};dx([u({type:Object,attribute:!1})],Rf.prototype,"item",void 0);Rf=dx([A("umb-ref-section")],Rf);const ub=new W("UmbSectionContext"),Wo="data-mark";var Qh=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let bl=class extends I{constructor(){super(),this._splitPanelPosition="300px",new Lm(this,Ee,"sectionSidebarApp",null,t=>{const s=this._sidebarApps;t.forEach(r=>{r.component?.setAttribute(Wo,"section-sidebar:"+r.manifest.alias)}),this._sidebarApps=t,this.requestUpdate("_sidebarApps",s)}),this.#e();const e=localStorage.getItem("umb-split-panel-position");e&&(this._splitPanelPosition=e)}#e(){new Tw(this,Ee,"sectionRoute",null,async e=>{const t=e.filter(n=>n.manifest.element);if(e.filter(n=>!n.manifest.element).length>0)throw new Error("sectionRoute extensions must have an element");const r=await Promise.all(t.map(async n=>{const o=await Sh(this,n.manifest);return o&&(o.manifest=n.manifest),{path:o?.getPath?.()||n.manifest.meta?.path||mI(n.manifest.alias),component:()=>Pl(n.manifest),setup:(a,l)=>{o?.setup?.(a,l)}}}));this.#t(r)},"umbRouteExtensionApisInitializer")}#t(e){this._routes=[...e,{path:"**",component:()=>_r(()=>import("./section-main-views.element-CJwOZtnU.js"),[]),setup:t=>{t.sectionAlias=this.manifest?.alias}}]}#i(e){const t=e.detail.position;localStorage.setItem("umb-split-panel-position",t.toString())}render(){return c`
			<umb-split-panel
				lock="start"
				snap="300px"
				@position-changed=${this.#i}
				.position=${this._splitPanelPosition}>
				${this._sidebarApps&&this._sidebarApps.length>0?c`
							<!-- TODO: these extensions should be combined into one type: sectionSidebarApp with a "subtype" -->
							<umb-section-sidebar slot="start">
								${he(this._sidebarApps,e=>e.alias,e=>e.component)}
							</umb-section-sidebar>
						`:w}
				<umb-section-main slot="end">
					${this._routes&&this._routes.length>0?c`<umb-router-slot id="router-slot" .routes=${this._routes}></umb-router-slot>`:w}
					<slot></slot>
				</umb-section-main>
			</umb-split-panel>
		`}static{this.styles=[J,g`
			:host {
				flex: 1 1 auto;
				height: 100%;
				display: flex;
			}

			umb-split-panel {
				--umb-split-panel-start-min-width: 200px;
				--umb-split-panel-start-max-width: 400px;
				--umb-split-panel-end-min-width: 600px;
				--umb-split-panel-slot-overflow: visible;
			}
			@media only screen and (min-width: 800px) {
				umb-split-panel {
					--umb-split-panel-initial-position: 300px;
				}
			}
		`]}};Qh([m()],bl.prototype,"_routes",void 0);Qh([m()],bl.prototype,"_sidebarApps",void 0);Qh([m()],bl.prototype,"_splitPanelPosition",void 0);bl=Qh([A("umb-section-default")],bl);var OU=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Ry=class extends I{render(){return c`
			<main>
				<slot></slot>
			</main>
		`}static{this.styles=[J,g`
			:host {
				flex: 1 1 auto;
				height: 100%;
				min-width: 0;
			}

			main {
				position: relative;
				display: flex;
				flex-direction: column;
				height: 100%;
			}
		`]}};Ry=OU([A("umb-section-main")],Ry);const UU=new W("UmbSectionSidebarContext");class DU extends st{constructor(e){super(e,UU)}}var RU=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let My=class extends I{constructor(){super(),new DU(this)}firstUpdated(e){super.firstUpdated(e),this.setAttribute(Wo,"section-sidebar")}render(){return c`
			<uui-scroll-container id="scroll-container">
				<slot></slot>
			</uui-scroll-container>
		`}static{this.styles=[g`
			:host {
				flex: 0 0 var(--umb-section-sidebar-width);
				background-color: var(--uui-color-surface);
				height: 100%;
				border-right: 1px solid var(--uui-color-border);
				font-weight: 500;
				display: flex;
				flex-direction: column;
				z-index: 10;
				position: relative;
				box-sizing: border-box;
			}

			#scroll-container {
				height: 100%;
				overflow-y: auto;
			}
		`]}};My=RU([A("umb-section-sidebar")],My);const xr="settings";Zh.generateAbsolute({sectionName:xr});var cb=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Nc=class extends I{#e;set api(e){this.#e=e,this.#e?.getHref?.().then(t=>{this._href=t})}async#t(e){this._href||(e.stopPropagation(),await this.#e?.execute().catch(()=>{})),this.dispatchEvent(new Nh)}#i(e){e.stopPropagation()}render(){return c`
			<uui-menu-item
				label=${S(this.localize.string(this.manifest?.meta.label??this.manifest?.name))}
				href=${S(this._href)}
				@click=${this.#i}
				@click-label=${this.#t}>
				${Ke(this.manifest?.meta.icon,e=>c`<umb-icon slot="icon" name=${e}></umb-icon>`)}
			</uui-menu-item>
		`}};cb([m()],Nc.prototype,"_href",void 0);cb([u({attribute:!1})],Nc.prototype,"manifest",void 0);Nc=cb([A("umb-workspace-action-menu-item")],Nc);var Ul=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let yo=class extends I{constructor(){super(...arguments),this.look="secondary",this.color="default",this.items=[],this._popoverOpen=!1}#e(e){this._popoverOpen=e.newState==="open"}render(){return this.items?.length?c`
			<uui-button
				id="popover-trigger"
				popovertarget="workspace-action-popover"
				look="${this.look}"
				color="${this.color}"
				label=${this.localize.term("visuallyHiddenTexts_tabExpand")}
				compact>
				<uui-symbol-expand id="expand-symbol" .open=${this._popoverOpen}></uui-symbol-expand>
			</uui-button>
			<uui-popover-container
				id="workspace-action-popover"
				margin="6"
				placement="top-end"
				@toggle=${this.#e}>
				<umb-popover-layout id="workspace-action-popover-layout">
					<uui-scroll-container>
						${he(this.items,e=>e.alias,e=>e.component)}
					</uui-scroll-container>
				</umb-popover-layout>
			</uui-popover-container>
		`:w}static{this.styles=[J,g`
			:host {
				--uui-menu-item-flat-structure: 1;
			}

			#expand-symbol {
				/* TODO: remove this hack and use a proper UUI symbol for this */
				transform: rotate(-90deg);
			}

			#expand-symbol[open] {
				transform: rotate(0deg);
			}

			#workspace-action-popover {
				min-width: 200px;
			}

			#popover-trigger {
				--uui-button-padding-top-factor: 0;
				--uui-button-padding-bottom-factor: 0.125;
			}

			#workspace-action-popover-layout {
				overflow: visible;
			}
		`]}};Ul([u()],yo.prototype,"look",void 0);Ul([u()],yo.prototype,"color",void 0);Ul([u({type:Array,attribute:!1})],yo.prototype,"items",void 0);Ul([m()],yo.prototype,"_popoverOpen",void 0);yo=Ul([A("umb-workspace-action-menu")],yo);const MU=new W("UmbWorkspaceContext",void 0,i=>i.getUnique!==void 0),LU=new W("UmbWorkspaceContext",void 0,i=>"requestSubmit"in i),NU=new W("UmbWorkspaceContext",void 0,i=>"variants"in i);var Er=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let xs=class extends I{constructor(){super(...arguments),this._isDisabled=!1,this._items=[],this.#i=null}#e;#t;set manifest(e){if(!e)return;this.#e!==e&&(this.#e=e,this._href=e?.meta.href,this._additionalOptions=e?.meta.additionalOptions,this.#s())}get manifest(){return this.#e}set api(e){this.#t=e,this.#t?.getHref?.().then(t=>{this._href=t??this.manifest?.meta.href}),this.#t?.hasAdditionalOptions?.().then(t=>{this._additionalOptions=t??this.manifest?.meta.additionalOptions}),this.#n()}get api(){return this.#t}#i;async#s(){if(!this.#e)return;const e=new Set;if(this.#e&&(e.add(this.#e.alias),this.#e.overwrites)){const t=Array.isArray(this.#e.overwrites)?this.#e.overwrites:[this.#e.overwrites];for(const s of t)e.add(s)}this.observeExtensions(Array.from(e))}async#r(e){if(this._href&&e.stopPropagation(),!this._href){this._additionalOptions||(this._buttonState="waiting");try{const t=this._actionApi??this.#t;if(!t)throw new Error("No api defined");await t.execute(),this._buttonState="success",this.#o()}catch(t){t&&console.warn(t),this._buttonState="failed",this.#o()}}this.dispatchEvent(new Nh)}#n(){this.observe(this.#t?.isDisabled,e=>{this._isDisabled=e||!1},"isDisabledObserver")}#o(){this.#a(),this.#i=window.setTimeout(()=>{this._buttonState=void 0},2e3)}#a(){this.#i!==null&&(clearTimeout(this.#i),this.#i=null)}observeExtensions(e){this._extensionsController?.destroy(),this._extensionsController=new Nm(this,Ee,"workspaceActionMenuItem",t=>[{meta:t.meta}],t=>bI(t.forWorkspaceActions,e),t=>{this._items=t},void 0)}#l(){const e=this.localize.string(this._buttonLabel||this.#e?.meta.label||this.#e?.name||"");return c`
			<uui-button
				data-mark="workspace-action:${this.#e?.alias}"
				color=${this.#e?.meta.color??"default"}
				look=${this.#e?.meta.look??"default"}
				label=${this._additionalOptions?e+"…":e}
				.disabled=${this._isDisabled}
				.href=${this._href}
				.state=${this._buttonState}
				@click=${this.#r}></uui-button>
		`}#c(){return c`
			<umb-workspace-action-menu
				color=${this.#e?.meta.color??"default"}
				look=${this.#e?.meta.look??"default"}
				.items=${this._items}></umb-workspace-action-menu>
		`}render(){return Ke(this._items.length,()=>c`<uui-button-group>${this.#l()}${this.#c()}</uui-button-group>`,()=>this.#l())}disconnectedCallback(){super.disconnectedCallback(),this.#a()}};Er([u({type:Object,attribute:!1})],xs.prototype,"manifest",null);Er([u({attribute:!1})],xs.prototype,"api",null);Er([m()],xs.prototype,"_buttonState",void 0);Er([m()],xs.prototype,"_additionalOptions",void 0);Er([m()],xs.prototype,"_href",void 0);Er([m()],xs.prototype,"_isDisabled",void 0);Er([m()],xs.prototype,"_items",void 0);xs=Er([A("umb-workspace-action")],xs);const _i=new mt("workspace/:entityType",Zh),zU=new mt("view/:viewPathname",_i);class VU extends UO{constructor(e,t){super(e,t.alias),this.IS_WORKSPACE_VIEW_CONTEXT=!0,this.manifest=t}}const BU=new W("UmbWorkspaceViewContext");class jU extends st{#e;#t;#i;#s;#r;constructor(e){super(e,BU),this.#t=new kt([]),this.#i=new kt([]),this.views=Ph([this.#t.asObservable(),this.#i.asObservable()],([t,s])=>{let r=this.#s;const n=r.filter(a=>{const l=t.some(h=>h.alias===a.manifest.alias);return l||a.destroy(),l});return n.length!==t.length&&(r=[...n],t.filter(a=>!n.some(l=>l.manifest.alias===a.alias)).forEach(a=>{const l=new VU(this,a);l.setVariantId(this.#r),l.setTitle(a.meta.label),l.inherit(),r.push(l)})),r.forEach(a=>{const l=s.find(h=>h.alias===a.manifest.alias);l&&Object.keys(l).some(f=>a.manifest[f]!==l[f])&&(a.manifest={...a.manifest,...l,meta:{...a.manifest.meta,...l.meta}})}),r.sort((a,l)=>(l.manifest.weight||0)-(a.manifest.weight||0)),this.#s=r,r},(t,s)=>t===s&&s.some(r=>r.manifest===t.find(n=>n.manifest.alias===r.manifest.alias)?.manifest)),this.#s=new Array,this.#e=new Tw(this,Ee,"workspaceView",null,t=>{this.#t.setValue(t.map(s=>s.manifest))}).asPromise()}setVariantId(e){this.#r=e,this.#s.forEach(t=>{t.hints.updateScaffold({variantId:e})})}setOverrides(e){this.#i.setValue(e??[])}async getViewContext(e){return await this.#e,this.#s.find(t=>t.manifest.alias===e)}}var Bt=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Tt=class extends I{#e;#t;get variantId(){return this._variantId}set variantId(e){e&&this._variantId?.equal(e)||(this._variantId=e,this.#e.setVariantId(e),this.#i())}set overrides(e){this.#e.setOverrides(e)}get overrides(){}constructor(){super(),this.#e=new jU(this),this.#t=[],this.headline="",this.hideNavigation=!1,this.enforceNoFooter=!1,this.loading=!1,this._workspaceViews=[],this._hintMap=new Map,this.observe(this.#e.views,e=>{this._workspaceViews=e,this.#i(),this.#r()},null)}#i(){this.#t.forEach(e=>e.destroy()),this._hintMap=new Map,this.#t=this._workspaceViews.map((e,t)=>this.observe(e.firstHintOfVariant,s=>{s?this._hintMap.set(e.manifest.alias,s):this._hintMap.delete(e.manifest.alias),this.requestUpdate("_hintMap")},"umbObserveState_"+t))}#s;#r(){const e=[];this._workspaceViews.length>0&&(this._workspaceViews.forEach(t=>{const s=t.manifest,r=zU.generateLocal({viewPathname:s.meta.pathname});e.push({unique:s.alias,path:r,component:()=>Pl(s),setup:n=>{this.#s!==t&&this.#s?.unprovide(),n&&(this.#s=t,t.provideAt(n),n.manifest=s)}})}),e.push({...e[0],unique:e[0].path,path:""})),e.push({path:"**",component:async()=>(await _r(async()=>{const{UmbRouteNotFoundElement:t}=await Promise.resolve().then(()=>kO);return{UmbRouteNotFoundElement:t}},void 0)).UmbRouteNotFoundElement}),this._routes=e}render(){return c`
			<umb-body-layout main-no-padding .headline=${this.headline} ?loading=${this.loading}>
				${this.#o()}
				<slot name="header" slot="header"></slot>
				<slot name="action-menu" slot="action-menu"></slot>
				${this.#n()} ${this.#a()}
				<slot></slot>
				${Ke(!this.enforceNoFooter,()=>c`
						<umb-workspace-footer slot="footer" data-mark="workspace:footer">
							<slot name="footer-info"></slot>
							<slot name="actions" slot="actions" data-mark="workspace:footer-actions"></slot>
						</umb-workspace-footer>
					`)}
			</umb-body-layout>
		`}#n(){return c`
			${!this.hideNavigation&&this._workspaceViews.length>1?c`
						<uui-tab-group slot="navigation" data-mark="workspace:view-links">
							${he(this._workspaceViews,e=>e.manifest.alias,(e,t)=>{const s=e.manifest,r=s.meta.label?this.localize.string(s.meta.label):s.name,n=this._hintMap.get(s.alias),o="view/"+s.meta.pathname===this._activePath||t===0&&this._activePath==="";return c`
										<uui-tab
											href="${this._routerPath}/view/${s.meta.pathname}"
											.label=${r}
											?active=${o}
											data-mark="workspace:view-link:${s.alias}">
											<div slot="icon">
												<umb-icon name=${s.meta.icon}></umb-icon> ${n&&!o?c`<umb-badge .color=${n.color??"default"} ?attention=${n.color==="invalid"}
															>${n.text}</umb-badge
														>`:w}
											</div>
											${r}
										</uui-tab>
									`})}
						</uui-tab-group>
					`:w}
		`}#o(){return this.backPath?c`
			<uui-button
				slot="header"
				class="back-button"
				compact
				href=${this.backPath}
				label=${this.localize.term("general_back")}
				data-mark="action:back">
				<uui-icon name="icon-arrow-left"></uui-icon>
			</uui-button>
		`:w}#a(){return!this._routes||this._routes.length===0||!this._workspaceViews||this._workspaceViews.length===0?w:c`
			<umb-router-slot
				inherit-addendum
				id="router-slot"
				.routes=${this._routes}
				@init=${e=>{this._routerPath=e.target.absoluteRouterPath}}
				@change=${e=>{this._activePath=e.target.localActiveViewPath}}></umb-router-slot>
		`}static{this.styles=[J,g`
			:host {
				display: block;
				width: 100%;
				height: 100%;
			}

			#router-slot {
				display: flex;
				flex-direction: column;
				height: 100%;
			}

			.back-button {
				margin-right: var(--uui-size-space-4);
			}

			uui-input {
				width: 100%;
			}

			uui-tab-group {
				--uui-tab-divider: var(--uui-color-border);
				border-left: 1px solid var(--uui-color-border);
				border-right: 1px solid var(--uui-color-border);
			}

			div[slot='icon'] {
				position: relative;
			}

			umb-badge {
				font-size: var(--uui-type-small-size);
				right: -1.5em;
			}

			umb-extension-slot[slot='actions'] {
				display: flex;
				gap: var(--uui-size-space-2);
			}
		`]}};Bt([u()],Tt.prototype,"headline",void 0);Bt([u({type:Boolean})],Tt.prototype,"hideNavigation",void 0);Bt([u({type:Boolean})],Tt.prototype,"enforceNoFooter",void 0);Bt([u({attribute:"back-path"})],Tt.prototype,"backPath",void 0);Bt([u({type:Boolean})],Tt.prototype,"loading",void 0);Bt([u({attribute:!1})],Tt.prototype,"variantId",null);Bt([u({attribute:!1})],Tt.prototype,"overrides",null);Bt([m()],Tt.prototype,"_workspaceViews",void 0);Bt([m()],Tt.prototype,"_hintMap",void 0);Bt([m()],Tt.prototype,"_routes",void 0);Bt([m()],Tt.prototype,"_routerPath",void 0);Bt([m()],Tt.prototype,"_activePath",void 0);Tt=Bt([A("umb-workspace-editor")],Tt);var hb=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let zc=class extends I{constructor(){super(),this.consumeContext(MU,e=>{this._workspaceContext=e,this.observe(this._workspaceContext?.unique,t=>{this._unique=t,this._entityType=this._workspaceContext?.getEntityType()})})}render(){return!this._entityType||this._unique===void 0?w:c`<umb-entity-actions-dropdown
			data-mark="workspace:action-menu-button"
			label=${this.localize.term("general_actions")}>
			<uui-symbol-more slot="label"></uui-symbol-more>
		</umb-entity-actions-dropdown>`}static{this.styles=[J,g`
			:host {
				height: 100%;
				margin-left: calc(var(--uui-size-layout-1) * -1);
			}

			umb-entity-actions-dropdown {
				height: 100%;
			}
		`]}};hb([m()],zc.prototype,"_unique",void 0);hb([m()],zc.prototype,"_entityType",void 0);zc=hb([A("umb-workspace-entity-action-menu")],zc);var db=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};function qU(i){return[{meta:i.meta}]}let Vc=class extends I{constructor(){super(),this.consumeContext(LU,e=>{this._isNew=e?.getIsNew()}),this.consumeContext(Tc,e=>{this._modalContext=e})}#e=()=>{this._modalContext?.reject()};render(){return c`
			<umb-footer-layout>
				<umb-extension-slot type="workspaceFooterApp"></umb-extension-slot>
				<slot></slot>
				${this._modalContext?c`<uui-button
							slot="actions"
							label=${this._isNew?"Cancel":"Close"}
							@click=${this.#e}></uui-button>`:""}

				<slot name="actions" slot="actions"></slot>
				<umb-extension-with-api-slot
					slot="actions"
					type="workspaceAction"
					.apiArgs=${qU}></umb-extension-with-api-slot>
			</umb-footer-layout>
		`}static{this.styles=[J,g`
			:host {
				display: block;
				width: 100%;
			}

			/* prevents text in action buttons from wrapping */
			umb-extension-with-api-slot {
				text-wrap: nowrap;
			}

			umb-extension-slot[slot='actions'] {
				display: flex;
				gap: var(--uui-size-space-2);
			}
		`]}};db([m()],Vc.prototype,"_modalContext",void 0);db([m()],Vc.prototype,"_isNew",void 0);Vc=db([A("umb-workspace-footer")],Vc);const HU=new W("UmbWorkspaceContext",void 0,i=>i.getName!==void 0);var Dl=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let _o=class extends I{#e;constructor(){super(),this.readonly=!1,this._name="",this._isWritableName=!0,this.consumeContext(HU,e=>{this.#e=e,this.#i(),this.#t()})}#t(){this.observe(this.#e?.nameWriteGuard?.isPermittedForName(),e=>{this._isWritableName=e??!0},"umbObserveWorkspaceNameWriteGuardRules")}#i(){this.#e&&this.observe(this.#e.name,e=>{e!==this._name&&(this._name=e??"")},"observeWorkspaceName")}#s(e){if(e instanceof zn){const t=e.composedPath()[0];typeof t?.value=="string"&&this.#e?.setName(t.value)}}render(){return c`<uui-input
			id="nameInput"
			data-mark="input:workspace-name"
			.value=${this._name}
			@input="${this.#s}"
			label=${this.label??this.localize.term("placeholders_entername")}
			placeholder=${this.placeholder??this.localize.term("placeholders_entername")}
			?readonly=${this.readonly||!this._isWritableName}
			required
			${Km(this,"$.name",this._name)}
			${Rh()}></uui-input>`}static{this.styles=[J,g`
			:host {
				display: contents;
			}

			#nameInput {
				flex: 1 1 auto;
			}
		`]}};Dl([u()],_o.prototype,"label",void 0);Dl([u()],_o.prototype,"placeholder",void 0);Dl([m()],_o.prototype,"_name",void 0);Dl([m()],_o.prototype,"_isWritableName",void 0);_o=Dl([A("umb-workspace-header-name-editable")],_o);class FU extends st{#e;#t;getWorkspaceContext(){return this.#t}#i;#s;#r;#n;constructor(e){super(e,px),this.#s=new Ri(void 0),this.index=this.#s.asObservable(),this.#r=new nt(void 0),this.isNew=this.#r.asObservable(),this.#n=new po(void 0),this.variantId=this.#n.asObservable(),this.consumeContext(NU,t=>{this.#t=t,this.#a(),this.#o()}),this.observe(this.index,()=>{this.#a()},null)}#o(){this.observe(this.#t?.isNew,e=>{this.#r.setValue(e??!1)},"umbObserveIsNew")}#a(){if(!this.#t)return;const e=this.#s.getValue();e!==void 0&&this.observe(this.#t.splitView.activeVariantByIndex(e),async t=>{if(this.#e&&this.#e.unprovide(),!t)return;this.#i?.destroy();const s=ue.Create(t);this.#n.setValue(s);const r=this.#t?.getVariantValidationContext(s);r&&(r.provideAt(this),this.#e=r),this.#i=this.#t?.createPropertyDatasetContext(this,s),this.getHostElement().setAttribute(Wo,"workspace-split-view:"+s.toString())},"_observeActiveVariant")}switchVariant(e){const t=this.#s.value;t!==void 0&&this.#t?.splitView.switchVariant(t,e)}closeSplitView(){const e=this.#s.value;e!==void 0&&this.#t?.splitView.closeSplitView(e)}openSplitView(e){this.#t?.splitView.openSplitView(e)}getSplitViewIndex(){return this.#s.getValue()}setSplitViewIndex(e){this.#s.setValue(e)}destroy(){this.#r.destroy(),this.#n.destroy(),this.#s.destroy(),this.#e?.unprovide(),this.#i?.destroy(),this.#t=void 0,this.#e=void 0,this.#i=void 0,super.destroy()}}const px=new W("UmbWorkspaceSplitViewContext");var gn=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let dr=class extends I{constructor(){super(...arguments),this.alias="",this.label="",this.orientation="horizontal",this.description=""}render(){return c`
			<div id="headerColumn">
				<uui-label id="label" title=${this.alias} ?required=${this.mandatory}>
					${this.localize.string(this.label)}
					${Ke(this.invalid,()=>c`<div id="invalid-badge"><uui-badge color="invalid" attention>!</uui-badge></div>`)}
				</uui-label>
				<slot name="action-menu"></slot>
				${this.#e()}
				<slot name="description"></slot>
			</div>
			<div id="editorColumn">
				<umb-form-validation-message>
					<slot name="editor"></slot>
				</umb-form-validation-message>
			</div>
		`}#e(){if(!this.description)return;const e={alias:this.alias,label:this.label,description:this.description};return c`<umb-ufm-render id="description" .markdown=${this.description} .value=${e}></umb-ufm-render>`}static{this.styles=[J,g`
			:host {
				display: grid;
				grid-template-columns: 200px minmax(0, 1fr);
				column-gap: var(--uui-size-layout-2);
				padding: var(--uui-size-layout-1) 0;
				container-type: inline-size;
			}

			:host > div {
				grid-column: span 2;
			}

			@container (width > 700px) {
				:host(:not([orientation='vertical'])) > div {
					grid-column: span 1;
				}
			}

			#headerColumn {
				position: relative;
				height: min-content;
				top: var(--umb-property-layout-header-top);
			}
			@container (width > 700px) {
				:host(:not([orientation='vertical'])) #headerColumn {
					position: sticky;
					top: var(--umb-property-layout-header-top, calc(var(--uui-size-space-2) * -1));
				}
			}

			:host {
				/* TODO: Temp solution to not get a yellow asterisk when invalid. */
				--umb-temp-uui-color-invalid: var(--uui-color-invalid);
			}

			#label {
				position: relative;
				word-break: break-word;
				/* TODO: Temp solution to not get a yellow asterisk when invalid. */
				--uui-color-invalid: var(--uui-color-danger);
			}
			#invalid-badge {
				display: inline-block;
				position: relative;
				width: 18px;
				height: 1em;
				margin-right: 6px;
			}
			uui-badge {
				//height: var(--uui-color-invalid);
				background-color: var(--umb-temp-uui-color-invalid);
				color: var(--uui-color-invalid-contrast);
			}

			#description {
				color: var(--uui-color-text-alt);
			}

			#editorColumn {
				margin-top: var(--uui-size-space-3);
			}
			@container (width > 700px) {
				:host(:not([orientation='vertical'])) #editorColumn {
					margin-top: 0;
				}
			}
		`]}};gn([u({type:String})],dr.prototype,"alias",void 0);gn([u({type:String})],dr.prototype,"label",void 0);gn([u({type:String,reflect:!0})],dr.prototype,"orientation",void 0);gn([u({type:String})],dr.prototype,"description",void 0);gn([u({type:Boolean,reflect:!0})],dr.prototype,"invalid",void 0);gn([u({type:Boolean,reflect:!0})],dr.prototype,"mandatory",void 0);dr=gn([A("umb-property-layout")],dr);const ed=new W("UmbPropertyDatasetContext"),fx=i=>"setName"in i;new W(ed.toString(),void 0,fx);class WU extends st{#e;#t;#i;#s;#r;getEntityType(){return this._entityType}getUnique(){return this._unique}getName(){return this.#e.getValue()}setName(e){this.#e.setValue(e)}getVariantId(){return this.#s}constructor(e){super(e,ed),this.#e=new Re(void 0),this.name=this.#e.asObservable(),this.#t=new Dt([],t=>t.alias),this.properties=this.#t.asObservable(),this.values=this.properties,this.#i=new nt(!1),this.readOnly=this.#i.asObservable(),this.#s=ue.CreateInvariant(),this.#r=new h3(this).inherit(),this.#r.setVariantId(this.getVariantId())}async propertyValueByAlias(e){return this.#t.asObservablePart(t=>{const s=t.find(r=>r.alias===e);return s?s.value:void 0})}setPropertyValue(e,t){this.#t.appendOne({alias:e,value:t})}getValues(){return this.#t.getValue()}setValues(e){this.#t.setValue(e)}async getProperties(){return this.#t.getValue()}setProperties(e){this.#t.setValue(e)}getReadOnly(){return this.#i.getValue()}}var pb=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Bc=class extends I{#e=!1;set value(e){this.#e=!1,this.context.setValues(e),this.#e=!0}get value(){return this.context.getValues()}set name(e){this.#e=!1,this.context.setName(e),this.#e=!0}get name(){return this.context.getName()}constructor(){super(),this.addEventListener("change",e=>{e.target!==this&&e.stopImmediatePropagation()}),this.context=new WU(this),this.#e=!1,this.observe(this.context.name,this.#t),this.#e=!1,this.observe(this.context.properties,this.#t)}#t=()=>{this.#e?this.dispatchEvent(new ut):this.#e=!0};render(){return c`<slot></slot>`}};pb([u({attribute:!1})],Bc.prototype,"value",null);pb([u({attribute:!1})],Bc.prototype,"name",null);Bc=pb([A("umb-property-dataset")],Bc);const GU="Umbraco.Label",Ly="Umb.PropertyEditorUi.Missing",Ny="Umb.PropertyEditorUi.MissingUi";var fb=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let jc=class extends ae{constructor(){super(...arguments),this.fallbackIcon='<svg xmlns="https://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M142.212 397.267l106.052-48.024L398.479 199.03l-26.405-26.442-90.519 90.517-15.843-15.891 90.484-90.486-16.204-16.217-150.246 150.243-47.534 106.513zm74.904-100.739l23.285-23.283 3.353 22.221 22.008 3.124-23.283 23.313-46.176 20.991 20.813-46.366zm257.6-173.71L416.188 64.3l-49.755 49.785 58.504 58.503 49.779-49.77zM357.357 300.227h82.826v116.445H68.929V300.227h88.719v-30.648H38.288v177.733h432.537V269.578H357.357v30.649z"></path></svg>',this.alias="",this.propertyEditorSchemaAlias=""}renderDetail(){const e=[];return this.alias!==""&&e.push(this.alias),this.propertyEditorSchemaAlias!==""?e.push(this.propertyEditorSchemaAlias):e.push(GU),this.detail!==""&&e.push(this.detail),c`<small id="detail">${e.join(" | ")}<slot name="detail"></slot></small>`}static{this.styles=[...ae.styles]}};fb([u({type:String})],jc.prototype,"alias",void 0);fb([u({type:String,attribute:"property-editor-schema-alias"})],jc.prototype,"propertyEditorSchemaAlias",void 0);jc=fb([A("umb-ref-property-editor-ui")],jc);class YU extends Array{constructor(e){super(...e)}static get[Symbol.species](){return Array}getValueByAlias(e){const t=this.getByAlias(e);if(!(t?.value===void 0||t?.value===null))return t.value}getByAlias(e){return this.find(t=>t.alias===e)}toObject(){return Object.fromEntries(this.map(e=>[e.alias,e.value]))}equal(e){return this.length!==e?.length?!1:this.every(t=>{const s=t.alias?e.getByAlias(t.alias):void 0;return s&&t.value===s.value})}}const KU=new ft("Umb.Modal.PropertyEditorUiPicker",{modal:{type:"sidebar",size:"small"}});class XU extends st{#e;#t;#i;#s;#r;#n;#o;#a;#l;#c;#u;#d;setEditor(e){this.#c.setValue(e??void 0)}getEditor(){return this.#c.getValue()}setEditorManifest(e){this.#u.setValue(e??void 0)}getEditorManifest(){return this.#u.getValue()}setEditorDataSourceAlias(e){this.#d.setValue(e??void 0)}getEditorDataSourceAlias(){return this.#d.getValue()}#h;#f;#p;constructor(e){super(e,ZU),this.#e=new Re(void 0),this.alias=this.#e.asObservable(),this.#t=new Re(void 0),this.label=this.#t.asObservable(),this.#i=new Re(void 0),this.description=this.#i.asObservable(),this.#s=new fi(void 0),this.appearance=this.#s.asObservable(),this.#r=new Mm(void 0),this.value=this.#r.asObservable(),this.#n=new Dt([],t=>t.alias),this.configValues=this.#n.asObservable(),this.#o=new po(void 0),this.config=this.#o.asObservable(),this.#a=new fi(void 0),this.validation=this.#a.asObservable(),this.validationMandatory=this.#a.asObservablePart(t=>t?.mandatory),this.validationMandatoryMessage=this.#a.asObservablePart(t=>t?.mandatoryMessage),this.#l=new Re(void 0),this.dataPath=this.#l.asObservable(),this.#c=new kt(void 0),this.editor=this.#c.asObservable(),this.#u=new kt(void 0),this.editorManifest=this.#u.asObservable(),this.#d=new Re(void 0),this.editorDataSourceAlias=this.#d.asObservable(),this.readOnlyState=new aO(this),this.isReadOnly=this.readOnlyState.isReadOnly,this.#h=new po(void 0),this.variantId=this.#h.asObservable(),this.#f=new Re(void 0),this.variantDifference=this.#f.asObservable(),this.consumeContext(ed,t=>{this.#p=t,this.setVariantId(t?.getVariantId?.()),this._generateVariantDifferenceString(),this._observeProperty()}),this.observe(this.alias,()=>{this._observeProperty()},null),this.observe(this.configValues,t=>{this.#o.setValue(t?new YU(t):void 0)},null),this.observe(this.variantId,()=>{this._generateVariantDifferenceString()},null)}async _observeProperty(){const e=this.#e.getValue();!this.#p||!e||(this.observe(await this.#p.propertyVariantId?.(e),t=>{this.#h.setValue(t)},"observeVariantId"),this.observe(await this.#p.propertyValueByAlias(e),t=>{this.#r.setValue(t)},"observeValue"),this.observe(this.#p.readOnly,t=>{const s="UMB_DATASET";t?this.readOnlyState.addState({unique:s}):this.readOnlyState.removeState(s)}))}_generateVariantDifferenceString(){if(!this.#p)return;const e=this.#p.getVariantId?.()??void 0,t=this.#h.getValue();let s;e&&t&&(e.segment!==null&&t.segment===null&&(t.culture===null?s="content_sharedAcrossCultures":s="content_sharedAcrossSegments"),e.culture!==null&&t.culture===null&&(t.segment!==null?s="content_sharedAcrossCultures":s="content_shared")),this.#f.setValue(s)}setAlias(e){this.#e.setValue(e)}getAlias(){return this.#e.getValue()}setLabel(e){this.#t.setValue(e)}getLabel(){return this.#t.getValue()}setDescription(e){this.#i.setValue(e)}getDescription(){return this.#i.getValue()}setAppearance(e){this.#s.setValue(e)}getAppearance(){return this.#s.getValue()}setValue(e){const t=this.#e.getValue();!this.#p||!t||this.#p?.setPropertyValue(t,e)}getValue(){return this.#r.getValue()}setConfig(e){this.#n.setValue(e??[])}getConfig(){return this.#n.getValue()}setVariantId(e){this.#h.setValue(e)}getVariantId(){return this.#h.getValue()}setValidation(e){this.#a.setValue(e)}getValidation(){return this.#a.getValue()}getIsReadOnly(){return this.readOnlyState.getIsReadOnly()}setDataPath(e){this.#l.setValue(e)}getDataPath(){return this.#l.getValue()}resetValue(){this.setValue(void 0)}clearValue(){this.setValue(void 0)}destroy(){super.destroy(),this.#e.destroy(),this.#t.destroy(),this.#i.destroy(),this.#s.destroy(),this.#n.destroy(),this.#r.destroy(),this.#o.destroy(),this.#p=void 0}}const ZU=new W("UmbPropertyContext");var Ie=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Ce=class extends I{set label(e){this.#e.setLabel(e)}get label(){return this.#e.getLabel()}set description(e){this.#e.setDescription(e)}get description(){return this.#e.getDescription()}set appearance(e){this.#e.setAppearance(e)}get appearance(){return this.#e.getAppearance()}set alias(e){this.setAttribute(Wo,"property:"+e),this.#e.setAlias(e)}get alias(){return this.#e.getAlias()??""}set propertyEditorUiAlias(e){this._propertyEditorUiAlias=e,this._observePropertyEditorUI()}get propertyEditorUiAlias(){return this._propertyEditorUiAlias??""}set propertyEditorDataSourceAlias(e){this.#e.setEditorDataSourceAlias(e),this._element&&(this._element.dataSourceAlias=e)}get propertyEditorDataSourceAlias(){return this.#e.getEditorDataSourceAlias()}set config(e){this.#e.setConfig(e)}get config(){return this.#e.getConfig()}set validation(e){this.#e.setValidation(e)}get validation(){return this.#e.getValidation()}set dataPath(e){this.#e.setDataPath(e),new qO(this,e,t=>{this._invalid=t})}get dataPath(){return this.#e.getDataPath()}set readonly(e){this._readonly=e;const t="UMB_ELEMENT";this._readonly?this.#e.readOnlyState.addState({unique:t}):this.#e.readOnlyState.removeState(t)}get readonly(){return this._readonly}#e;#t;#i;#s;#r;#n;#o;#a;constructor(){super(),this._readonly=!1,this._orientation="horizontal",this._supportsReadOnly=!1,this._isReadOnly=!1,this.#e=new XU(this),this.#t=new Fm(this),this._onPropertyEditorChange=e=>{const t=e.composedPath()[0];if(this._element!==t){console.error("Property Editor received a Change Event who's target is not the Property Editor Element. Do not make bubble and composed change events.");return}this.#e.setValue(t.value),e.stopPropagation()},this.observe(this.#e.alias,e=>{this._alias=e,this.#t.setAddendum(e)},null),this.observe(this.#e.label,e=>{this._label=e,this._element&&(this._element.name=e)},null),this.observe(this.#e.description,e=>{this._description=e},null),this.observe(this.#e.variantDifference,e=>{this._variantDifferenceTerm=e},null),this.observe(this.#e.appearance,e=>{this._orientation=e?.labelOnTop?"vertical":"horizontal"},null),this.observe(this.#e.validationMandatory,e=>{this._mandatory=e,this._element&&(this._element.mandatory=e)},null),this.observe(this.#e.isReadOnly,e=>{this._isReadOnly=e,this._element&&(this._element.readonly=e,this._element.toggleAttribute("readonly",e))},null)}_observePropertyEditorUI(){this._propertyEditorUiAlias&&this.observe(Ee.byTypeAndAlias("propertyEditorUi",this._propertyEditorUiAlias),e=>{if(!e&&this._propertyEditorUiAlias!==Ny){this._propertyEditorUiAlias=Ny,this._observePropertyEditorUI();return}this._gotEditorUI(e)},"_observePropertyEditorUI")}async _gotEditorUI(e){if(this.#a?.destroy(),this.#e.setEditor(void 0),this.#e.setEditorManifest(e??void 0),!e)return;const t=await Pl(e);if(this._supportsReadOnly=e.meta.supportsReadOnly||!1,t){const s=this._element;if(this.#r?.destroy(),this.#n?.destroy(),this.#o?.destroy(),this.#i?.destroy(),s?.removeEventListener("change",this._onPropertyEditorChange),s?.removeEventListener("property-value-change",this._onPropertyEditorChange),s?.destroy?.(),this._element=t,this.#e.setEditor(this._element),this._element){if(this._element.addEventListener("change",this._onPropertyEditorChange),this._element.addEventListener("property-value-change",this._onPropertyEditorChange),this._element.manifest=e,this._element.mandatory=this._mandatory,this._element.name=this._label,this._element.dataSourceAlias=this.#e.getEditorDataSourceAlias(),this.#r=this.observe(this.#e.value,r=>{this._element.value=r,this.#s&&(this.#s.value=r)},null),this.#n=this.observe(this.#e.config,r=>{r&&(this._element.config=r)},null),this.#o=this.observe(this.#e.validationMandatoryMessage,r=>{r&&(this._element.mandatoryMessage=r??void 0)},null),"checkValidity"in this._element){const r=this.dataPath;this.#i=new R1(this,this._element,r),r&&(this.#s=new D1(this,this._element,r),this.#s.value=this.#e.getValue())}this._element.readonly=this._isReadOnly,this._element.toggleAttribute("readonly",this._isReadOnly),this.#l(e)}this.requestUpdate("element",s)}}#l(e){this.#a&&this.#a.destroy(),this.#a=new kw(this,Ee,"propertyContext",[],t=>t.forPropertyEditorUis.includes(e.alias))}render(){return c`
			<umb-property-layout
				id="layout"
				.alias=${this._alias??""}
				.label=${this._label??""}
				.description=${this._description??""}
				.orientation=${this._orientation??"horizontal"}
				?mandatory=${this._mandatory}
				?invalid=${this._invalid}>
				${this.#c()}
				${this._variantDifferenceTerm?c`<div id="variant-info" slot="description">
							<uui-tag look="secondary">${this.localize.term(this._variantDifferenceTerm)}</uui-tag>
						</div> `:""}
				${this.#u()}
			</umb-property-layout>
		`}#c(){return this._propertyEditorUiAlias?c`
			<umb-property-action-menu
				slot="action-menu"
				id="action-menu"
				.propertyEditorUiAlias=${this._propertyEditorUiAlias}>
			</umb-property-action-menu>
		`:w}#u(){return c`
			<div id="editor" slot="editor">
				${this._isReadOnly&&this._supportsReadOnly===!1?c`<div id="overlay"></div>`:w}
				${this._element}
			</div>
		`}static{this.styles=[J,g`
			:host {
				display: block;
			}

			p {
				color: var(--uui-color-text-alt);
			}

			#action-menu {
				opacity: 0;
				transition: opacity 90ms;
			}

			#layout:focus-within #action-menu,
			#layout:hover #action-menu,
			#action-menu[open] {
				opacity: 1;
			}

			#variant-info {
				opacity: 0;
				transition: opacity 90ms;
				margin-top: var(--uui-size-space-2);
				margin-left: calc(var(--uui-size-space-1) * -1);
			}

			#layout:focus-within #variant-info,
			#layout:hover #variant-info {
				opacity: 1;
			}

			#editor {
				position: relative;
			}

			#overlay {
				position: absolute;
				top: 0;
				left: 0;
				right: 0;
				bottom: 0;
				background-color: white;
				opacity: 0.5;
				z-index: 1000;
			}
		`]}};Ie([u({type:String})],Ce.prototype,"label",null);Ie([u({type:String})],Ce.prototype,"description",null);Ie([u({type:Object,attribute:!1})],Ce.prototype,"appearance",null);Ie([u({type:String})],Ce.prototype,"alias",null);Ie([u({type:String,attribute:"property-editor-ui-alias"})],Ce.prototype,"propertyEditorUiAlias",null);Ie([u({type:String,attribute:"property-editor-data-source-alias"})],Ce.prototype,"propertyEditorDataSourceAlias",null);Ie([u({type:Array,attribute:!1})],Ce.prototype,"config",null);Ie([u({type:Object,attribute:!1})],Ce.prototype,"validation",null);Ie([u({type:String,attribute:"data-path"})],Ce.prototype,"dataPath",null);Ie([u({type:Boolean,reflect:!0})],Ce.prototype,"readonly",null);Ie([m()],Ce.prototype,"_variantDifferenceTerm",void 0);Ie([m()],Ce.prototype,"_element",void 0);Ie([m()],Ce.prototype,"_invalid",void 0);Ie([m()],Ce.prototype,"_alias",void 0);Ie([m()],Ce.prototype,"_label",void 0);Ie([m()],Ce.prototype,"_description",void 0);Ie([m()],Ce.prototype,"_orientation",void 0);Ie([m()],Ce.prototype,"_mandatory",void 0);Ie([m()],Ce.prototype,"_supportsReadOnly",void 0);Ie([m()],Ce.prototype,"_isReadOnly",void 0);Ce=Ie([A("umb-property")],Ce);var mb=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let qc=class extends I{constructor(){super(...arguments),this.alias="",this.schema=""}render(){return c`<div id="not-supported">
			<umb-localize key="blockEditor_propertyEditorNotSupported" .args=${[this.alias,this.schema]}></umb-localize>
		</div>`}static{this.styles=[J,g`
			:host {
				display: block;
				padding: var(--uui-size-layout-1) 0;
			}

			#not-supported {
				background-color: var(--uui-color-danger);
				color: var(--uui-color-surface);
				padding: var(--uui-size-space-4);
				border-radius: var(--uui-border-radius);
			}
		`]}};mb([u({type:String})],qc.prototype,"alias",void 0);mb([u({type:String})],qc.prototype,"schema",void 0);qc=mb([A("umb-unsupported-property")],qc);var xt=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let ct=class extends I{#e;#t;constructor(){super(),this._variantOptions=[],this._cultureVariantOptions=[],this._activeVariants=[],this._variantSelectorOpen=!1,this._readOnlyCultures=[],this._variesByCulture=!1,this._variesBySegment=!1,this._expandedVariants=[],this._labelDefault="",this._variantSorter=(e,t)=>0,this._hintMap=new Map,this._labelDefault=this.localize.term("general_default"),this.consumeContext(px,e=>{this.#e=e;const t=this.#e?.getWorkspaceContext();this.#s(t),this.#r(t),this.#o(),this.#a(t),this.observe(t?.variesBySegment,s=>this._variesBySegment=s??!1,"umbObserveVariesBySegment"),this.observe(t?.variesByCulture,s=>this._variesByCulture=s??!1,"umbObserveVariesByCulture")}),this.consumeContext(ed,e=>{this.#t=e,this.#n(),this.#o()}),this.consumeContext($f,e=>{this.observe(e?.descendingHints(),t=>{this._hintMap.clear(),t?.forEach(s=>{if(this.#i(s)&&s.variantId){const r=this._hintMap.get(s.variantId.toString());(!r||r.weight<s.weight)&&this._hintMap.set(s.variantId.toString(),s)}}),this.requestUpdate("_hintMap")},"umbObserveHints")})}#i(e){return e&&"variantId"in e}async#s(e){this.observe(e?.variantOptions,t=>{this._variantOptions=(t??[]).sort(this._variantSorter),this._cultureVariantOptions=this._variantOptions.filter(s=>s.segment===null),this.#m(e)},"_observeVariantOptions"),e?this.observe(Dm([e.variesByCulture,e.variesBySegment,e.variantOptions]),([t,s,r])=>{t===!1&&s===!0&&r.length>1&&this.#_(ue.Create(r[0]))},"_observeExpandFirstVariantIfSegmentOnly"):this.removeUmbControllerByAlias("_observeExpandFirstVariantIfSegmentOnly")}async#r(e){this.observe(e?.splitView.activeVariantsInfo,t=>{t&&(this._activeVariants=t.map(s=>ue.Create(s)))},"_observeActiveVariants")}async#n(){this.#t&&this.observe(this.#t.name,e=>{this._name=e},"_name")}async#o(){if(!this.#t||!this.#e)return;const e=this.#e.getWorkspaceContext();e&&(this._variantId=this.#t.getVariantId(),this.observe(e.variantOptions,t=>{const s=t.find(r=>r.culture===this._variantId?.culture&&r.segment===this._variantId?.segment);this._activeVariant=s},"umbObserveActiveVariant"))}#a(e){this.observe(e?.readOnlyGuard.rules,()=>this.#m(e),"umbObserveReadOnlyGuardRules")}#l(e){if(e instanceof zn){const t=e.composedPath()[0];typeof t?.value=="string"&&this.#t&&fx(this.#t)&&this.#t.setName(t.value)}}#c(e){this.#e?.switchVariant(ue.Create(e))}#u(e){this.#e?.openSplitView(ue.Create(e))}#d(){this.#e?.closeSplitView()}#h(e){return this._activeVariants.find(t=>t.equal(e))!==void 0}#f(e,t){return!e.variant&&!this.#h(t)}#p(){return!this._variesByCulture&&this._variesBySegment?this._cultureVariantOptions.length>1||this._variantOptions.length>1&&this._variantOptions[0].variant?.state:this._variantOptions.length>1}#m(e){e?this._readOnlyCultures=this._variantOptions.filter(t=>e.readOnlyGuard.getIsPermittedForVariant(ue.Create(t))).map(t=>t.culture):this._readOnlyCultures=[]}#g(e){if(this._variantSelectorOpen=e.newState==="open",!this._popoverElement||!(e.newState==="open"))return;const s=this.getBoundingClientRect();if(this._popoverElement.style.width=`${s.width}px`,this.#y(this._activeVariant)){const r=this._cultureVariantOptions.find(o=>o.culture===this._activeVariant?.culture&&o.segment===null);if(!r)return;const n=ue.Create(r);this.#_(n)}}#v(e){e&&setTimeout(async()=>{await this.updateComplete,e?.focus()},200)}#b(e){return this._readOnlyCultures.includes(e)}#y(e){return e?.segment!==null}#w(e,t){e.stopPropagation(),this.#C(t)}#_(e){this.#S(e)||(this._expandedVariants=[...this._expandedVariants,e])}#C(e){this._expandedVariants=this.#S(e)?this._expandedVariants.filter(t=>t.equal(e)===!1):[...this._expandedVariants,e]}#S(e){return this._expandedVariants.find(t=>t.equal(e))!==void 0}#$(e,t){const s=this._variantOptions.filter(r=>r.culture===t.culture&&r.segment!==null);return e.variant?s:[]}render(){if(!this._variantId)return w;let e;return this._activeVariant&&(e=Array.from(this._hintMap.values()).sort((s,r)=>(r.weight||0)-(s.weight||0)).find(s=>s.variantId?!s.variantId.isInvariant()&&this.#h(s.variantId)===!1:!1)),c`
			<uui-input
				id="name-input"
				data-mark="input:entity-name"
				placeholder=${this.localize.term("placeholders_entername")}
				label=${this.localize.term("placeholders_entername")}
				autocomplete="off"
				.value=${this.#N()}
				@input=${this.#l}
				required
				?readonly=${this.#b(this._activeVariant?.culture??null)||this.#y(this._activeVariant)}
				${Km(this,`$.variants[${GO(this._variantId)}].name`,this._name??"")}
				${Fn(this.#v)}>
				${this.#p()?c`
							<uui-button
								id="toggle"
								compact
								slot="append"
								popovertarget="popover"
								title=${this.#T(this._activeVariant)}
								label=${this._variantSelectorOpen?this.localize.term("buttons_closeVersionSelector"):this.localize.term("buttons_openVersionSelector")}>
								${this.#T(this._activeVariant)}
								${this.#R(this._activeVariant?.culture)}
								<uui-symbol-expand .open=${this._variantSelectorOpen}></uui-symbol-expand>
							</uui-button>
							${this._variantSelectorOpen?w:this.#O(e)}
							${this._activeVariants.length>1?c`
										<uui-button slot="append" compact id="variant-close" @click=${this.#d}>
											<uui-icon name="remove"></uui-icon>
										</uui-button>
									`:""}
						`:c`<span id="read-only-tag" slot="append"> ${this.#R(null)} </span>`}
			</uui-input>

			${this.#p()?c`
						<uui-popover-container id="popover" @beforetoggle=${this.#g} placement="bottom-end">
							<div id="dropdown">
								<uui-scroll-container>
									${this._cultureVariantOptions.map(t=>this.#A(t))}
								</uui-scroll-container>
							</div>
						</uui-popover-container>
					`:w}
		`}#A(e){const t=ue.Create(e),s=this.#f(e,t),r=this.#$(e,t),n=this._hintMap.get(t.toString()),o=this.#h(t),a=this.#S(t);let l;if(!n&&!a)for(const h of r){const d=ue.Create(h),f=this._hintMap.get(d.toString());if(f){l=f;break}}return c`
			<div class="variant culture-variant ${o?"selected":""}">
				${this._variesBySegment&&this.#x(e)&&r.length>0?c`<div class="expand-area">
							${this.#U(t)}${this.#E(a?void 0:l)}
						</div>`:w}

				<button
					class="switch-button ${s?"add-mode":""} ${this.#b(t.culture)?"readonly-mode":""}"
					@click=${()=>this.#c(e)}>
					${s?c`<uui-icon class="add-icon" name="icon-add"></uui-icon>`:w}
					<div class="variant-info">
						<div class="variant-name">
							${this.#D(e)}${this.#R(t.culture)}
							${this.#k(o?void 0:n)}
						</div>
						<div class="variant-details">
							<span>${this._renderVariantDetails(e)}</span>
						</div>
					</div>
					<div class="specs-info">${this.#T(e)}</div>
				</button>
				${this.#I(e)}
			</div>
			${a?c` ${r.map(h=>this.#L(h))} `:w}
		`}#O(e){return e?c` <umb-badge slot="append" .color=${e.color??"default"} ?attention=${e.color==="invalid"}
			>${e.text}</umb-badge
		>`:w}#E(e){return e?c` <umb-badge .color=${e.color??"default"} ?attention=${e.color==="invalid"}
			>${e.text}</umb-badge
		>`:w}#k(e){return e?c` <umb-badge inline-mode .color=${e.color??"default"} ?attention=${e.color==="invalid"}
			>${e.text}</umb-badge
		>`:w}#x(e){return e.variant?.state&&e.variant?.state!=="NotCreated"}#U(e){return c`
			<uui-button @click=${t=>this.#w(t,e)} compact>
				<uui-symbol-expand .open=${this.#S(e)}></uui-symbol-expand>
			</uui-button>
		`}#L(e){const t=ue.Create(e),s=this.#f(e,t),r=this._hintMap.get(t.toString()),n=this.#h(t);return c`
			<div class="variant segment-variant ${this.#h(t)?"selected":""}">
				${s?w:c`<div class="expand-area"></div>`}
				<button
					class="switch-button ${s?"add-mode":""} ${this.#b(t.culture)?"readonly-mode":""}"
					@click=${()=>this.#c(e)}>
					${s?c`<uui-icon class="add-icon" name="icon-add"></uui-icon>`:w}
					<div class="variant-info">
						<div class="variant-name">
							${this.#D(e)}${this.#R(t.culture)}${this.#k(n?void 0:r)}
						</div>
						<div class="variant-details">
							<span>${this._renderVariantDetails(e)}</span>
						</div>
					</div>
					<div class="specs-info">${this.#T(e)}</div>
				</button>
				${this.#I(e)}
			</div>
		`}#N(){const e=this.#y(this._activeVariant)&&this._activeVariant?.segmentInfo?.name?this._activeVariant.segmentInfo.name:"";return e!==""?e:this._name??""}#D(e){return this.#y(e)?e?.segmentInfo?.name??this._labelDefault:e.variant?.name&&e.variant?.name.trim()!==""?e.variant?.name:e.language.name}#T(e){return e?this._variesByCulture&&this._variesBySegment?e.segmentInfo?`${e.language.name} - ${e.segmentInfo.name}`:e.language.name||this._labelDefault:!this._variesByCulture&&this._variesBySegment?e?.segmentInfo?.name??this._labelDefault:e.language.name:""}_renderVariantDetails(e){return c``}#R(e){return e===void 0?w:this.#b(e)?c`<uui-tag look="secondary">${this.localize.term("general_readOnly")}</uui-tag>`:w}#I(e){const t=ue.Create(e);return c`
			${this.#h(t)?w:c`
						<uui-button
							class="split-view"
							label=${this.localize.term("content_openSplitViewForVariant",this.#T(e))}
							@click=${()=>this.#u(e)}>
							${this.localize.term("buttons_openInSplitView")}
						</uui-button>
					`}
		`}static{this.styles=[J,g`
			#name-input {
				width: 100%;
			}

			#toggle {
				white-space: nowrap;
			}

			#popover {
				translate: 1px; /* Fixes tiny alignment issue caused by border */
			}

			#dropdown {
				overflow: hidden;
				z-index: -1;
				background-color: var(--uui-combobox-popover-background-color, var(--uui-color-surface));
				border: 1px solid var(--uui-color-border);
				border-radius: var(--uui-border-radius);
				width: 100%;
				height: auto;
				box-sizing: border-box;
				box-shadow: var(--uui-shadow-depth-3);
			}

			#variant-close {
				white-space: nowrap;
			}

			#read-only-tag {
				white-space: nowrap;
				display: flex;
				align-items: center;
				justify-content: center;
			}

			uui-scroll-container {
				max-height: 50dvh;
			}

			.variant {
				position: relative;
				display: flex;
				border-top: 1px solid var(--uui-color-divider-standalone);
			}

			.expand-area {
				position: relative;
				display: block;
				width: var(--uui-size-12);
				align-items: center;
				justify-content: center;
			}

			.expand-area uui-button {
				height: 100%;
				width: 100%;
			}

			uui-symbol-expand {
				background: none;
			}

			.variant:hover > .split-view,
			.variant:focus > .split-view,
			.variant:focus-within > .split-view {
				display: flex;
			}

			.variant:nth-last-of-type(1) {
				margin-bottom: 0;
			}

			.variant.selected:before {
				background-color: var(--uui-color-current);
				border-radius: 0 4px 4px 0;
				bottom: 8px;
				content: '';
				left: 0;
				pointer-events: none;
				position: absolute;
				top: 8px;
				width: 4px;
				z-index: 1;
			}

			.switch-button {
				display: flex;
				align-items: center;
				border: none;
				background: transparent;
				color: var(--uui-color-current-contrast);
				padding: var(--uui-size-space-2) var(--uui-size-space-6);
				font-weight: bold;
				width: 100%;
				text-align: left;
				font-size: 14px;
				cursor: pointer;
			}

			.expand-area + .switch-button {
				padding-left: var(--uui-size-space-3);
			}

			.segment-variant > .switch-button {
				padding-left: var(--uui-size-space-6);
			}

			.switch-button:hover {
				background: var(--uui-color-surface-emphasis);
				color: var(--uui-color-interactive-emphasis);
			}
			.switch-button .variant-info {
				flex-grow: 1;
			}

			.switch-button .variant-details {
				color: var(--uui-color-text-alt);
				font-size: var(--uui-type-small-size);
				font-weight: normal;
			}
			.switch-button .variant-details {
				color: var(--uui-color-text-alt);
				font-size: var(--uui-type-small-size);
				font-weight: normal;
			}
			.switch-button.add-mode .variant-details {
				color: var(--uui-palette-dusty-grey-dark);
			}

			.switch-button .specs-info {
				color: var(--uui-color-text-alt);
				font-size: var(--uui-type-small-size);
				font-weight: normal;
			}
			.switch-button.add-mode .specs-info {
				color: var(--uui-palette-dusty-grey-dark);
			}

			.switch-button i {
				font-weight: normal;
			}

			.switch-button.add-mode {
				position: relative;
				color: var(--uui-palette-dusty-grey-dark);
			}

			.switch-button.add-mode:after {
				border: 1px dashed var(--uui-color-divider-standalone);
				bottom: 0;
				content: '';
				left: 0;
				margin: 2px;
				pointer-events: none;
				position: absolute;
				right: 0;
				top: 0;
				z-index: 1;
			}

			.switch-button .variant-name {
				margin-bottom: var(--uui-size-space-1);
			}

			.switch-button.readonly-mode .variant-name {
				margin-bottom: calc(var(--uui-size-space-1) * -1);
			}

			.add-icon {
				font-size: var(--uui-type-small-size);
				margin-right: 21px;
			}

			.split-view {
				position: absolute;
				top: 0;
				right: 0;
				bottom: 1px;
				display: none;
				background-color: var(--uui-color-surface);
				font-size: var(--uui-type-small-size);
				font-weight: 700;
			}

			umb-badge {
				z-index: 2;
			}
		`]}};xt([K("#popover")],ct.prototype,"_popoverElement",void 0);xt([m()],ct.prototype,"_variantOptions",void 0);xt([m()],ct.prototype,"_cultureVariantOptions",void 0);xt([m()],ct.prototype,"_activeVariants",void 0);xt([m()],ct.prototype,"_name",void 0);xt([m()],ct.prototype,"_activeVariant",void 0);xt([m()],ct.prototype,"_variantId",void 0);xt([m()],ct.prototype,"_variantSelectorOpen",void 0);xt([m()],ct.prototype,"_readOnlyCultures",void 0);xt([m()],ct.prototype,"_variesByCulture",void 0);xt([m()],ct.prototype,"_variesBySegment",void 0);xt([m()],ct.prototype,"_expandedVariants",void 0);xt([m()],ct.prototype,"_labelDefault",void 0);xt([m()],ct.prototype,"_hintMap",void 0);ct=xt([A("umb-workspace-split-view-variant-selector")],ct);var As=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let qi=class extends I{set splitViewIndex(e){this.splitViewContext.setSplitViewIndex(e)}get splitViewIndex(){return this.splitViewContext.getSplitViewIndex()}#e(e){this._variantSelectorSlotHasContent=e.target.assignedNodes({flatten:!0}).length>0}constructor(){super(),this.loading=!1,this.displayNavigation=!1,this._variantSelectorSlotHasContent=!1,this._isNew=!1,this.splitViewContext=new FU(this),this.observe(this.splitViewContext.isNew,e=>{this._isNew=e??!1},null),this.observe(this.splitViewContext.variantId,e=>{this._variantId=e},null)}render(){return c`
			<umb-workspace-editor
				.loading=${this.loading}
				back-path=${S(this.backPath)}
				.hideNavigation=${!this.displayNavigation}
				.variantId=${this._variantId}
				.overrides=${this.overrides}
				.enforceNoFooter=${!0}>
				<slot id="icon" name="icon" slot="header"></slot>
				<slot id="header" name="variant-selector" slot="header" @slotchange=${this.#e}>
					${Ke(!this._variantSelectorSlotHasContent,()=>c`<umb-workspace-split-view-variant-selector></umb-workspace-split-view-variant-selector>`)}
				</slot>
				${this.#t()}
				<slot name="action-menu" slot="action-menu"></slot>
			</umb-workspace-editor>
		`}#t(){return this._isNew||!this.displayNavigation?w:c`<umb-workspace-entity-action-menu
			slot="action-menu"
			data-mark="workspace:action-menu"></umb-workspace-entity-action-menu>`}static{this.styles=[J,g`
			:host {
				display: block;
				width: 100%;
				height: 100%;
				min-width: 0;
			}

			:host(:not(:last-child)) {
				border-right: 1px solid var(--uui-color-border);
			}

			#header {
				flex: 1 1 auto;
				display: block;
			}

			#icon {
				display: inline-block;
				font-size: var(--uui-size-6);
				margin-right: var(--uui-size-space-4);
			}
		`]}};As([u({type:Boolean})],qi.prototype,"loading",void 0);As([u({type:Boolean})],qi.prototype,"displayNavigation",void 0);As([u({attribute:"back-path"})],qi.prototype,"backPath",void 0);As([u({attribute:!1})],qi.prototype,"overrides",void 0);As([u({type:Number})],qi.prototype,"splitViewIndex",null);As([m()],qi.prototype,"_variantSelectorSlotHasContent",void 0);As([m()],qi.prototype,"_isNew",void 0);As([m()],qi.prototype,"_variantId",void 0);qi=As([A("umb-workspace-split-view")],qi);var mx=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Mf=class extends I{constructor(){super(...arguments),this.entityType=""}render(){return c`
			<div class="uui-text">
				<h4>${this.localize.term("entityDetail_forbiddenTitle",this.entityType)}</h4>
				${this.localize.term("entityDetail_forbiddenDescription",this.entityType)}
			</div>
		`}static{this.styles=[J,g`
			:host {
				display: block;
				width: 100%;
				height: 100%;
				min-width: 0;
			}

			:host > div {
				display: flex;
				flex-direction: column;
				justify-content: center;
				align-items: center;
				height: 100%;
			}

			@keyframes fadeIn {
				100% {
					opacity: 100%;
				}
			}
		`]}};mx([u({type:String,attribute:"entity-type"})],Mf.prototype,"entityType",void 0);Mf=mx([A("umb-entity-detail-forbidden")],Mf);var bx=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Lf=class extends I{constructor(){super(...arguments),this.entityType=""}render(){return c`
			<div class="uui-text">
				<h4>${this.localize.term("entityDetail_notFoundTitle",this.entityType)}</h4>
				${this.localize.term("entityDetail_notFoundDescription",this.entityType)}
			</div>
		`}static{this.styles=[J,g`
			:host {
				display: block;
				width: 100%;
				height: 100%;
				min-width: 0;
			}

			:host > div {
				display: flex;
				flex-direction: column;
				justify-content: center;
				align-items: center;
				height: 100%;
			}

			@keyframes fadeIn {
				100% {
					opacity: 100%;
				}
			}
		`]}};bx([u({type:String,attribute:"entity-type"})],Lf.prototype,"entityType",void 0);Lf=bx([A("umb-entity-detail-not-found")],Lf);const JU=new W("UmbWorkspaceContext",void 0,i=>i.IS_ENTITY_DETAIL_WORKSPACE_CONTEXT);var vn=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let pr=class extends I{#e;constructor(){super(),this._isLoading=!1,this._isForbidden=!1,this._exists=!1,this._isNew=!1,this.consumeContext(JU,e=>{this.#e=e,this.observe(this.#e?.entityType,t=>this._entityType=t),this.observe(this.#e?.loading.isOn,t=>this._isLoading=t??!1),this.observe(this.#e?.forbidden.isOn,t=>this._isForbidden=t??!1),this.observe(this.#e?.data,t=>this._exists=!!t),this.observe(this.#e?.isNew,t=>this._isNew=t)})}#t(){return!this._isLoading&&this._isForbidden?c`<umb-entity-detail-forbidden
				entity-type=${S(this._entityType)}></umb-entity-detail-forbidden>`:w}#i(){return!this._isLoading&&!this._exists?c`<umb-entity-detail-not-found
				entity-type=${S(this._entityType)}></umb-entity-detail-not-found>`:w}render(){return c` ${this.#t()} ${this.#i()}

			<!-- TODO: It is currently on purpose that the workspace editor is always in the DOM, even when it doesn't have data.
			 We currently rely on the entity actions to be available to execute, and we ran into an issue when the entity got deleted; then the DOM got cleared, and the delete action couldn't complete.
			 We need to look into loading the entity actions in the workspace context instead so we don't rely on the DOM.
		 -->
			<umb-workspace-editor
				?loading=${this._isLoading}
				.backPath=${this.backPath}
				class="${this._exists===!1?"hide":""}">
				<slot name="header" slot="header"></slot>
				${this.#s()}
				<slot></slot>
			</umb-workspace-editor>`}#s(){return this._isNew?w:c`<umb-workspace-entity-action-menu
			slot="action-menu"
			data-mark="workspace:action-menu"></umb-workspace-entity-action-menu>`}static{this.styles=[g`
			umb-workspace-editor {
				visibility: visible;
			}

			umb-workspace-editor.hide {
				visibility: hidden;
			}
		`]}};vn([u({attribute:"back-path"})],pr.prototype,"backPath",void 0);vn([m()],pr.prototype,"_entityType",void 0);vn([m()],pr.prototype,"_isLoading",void 0);vn([m()],pr.prototype,"_isForbidden",void 0);vn([m()],pr.prototype,"_exists",void 0);vn([m()],pr.prototype,"_isNew",void 0);pr=vn([A("umb-entity-detail-workspace-editor")],pr);var gx=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Nf=class extends I{render(){return c`
			<uui-box headline=${S(this.headline?this.localize.string(this.headline):void 0)}>
				<slot name="header-actions" slot="header-actions"></slot>
				<div id="container">
					<slot></slot>
				</div>
			</uui-box>
		`}static{this.styles=[g`
			uui-box {
				--uui-box-default-padding: 0;
			}
		`]}};gx([u({type:String})],Nf.prototype,"headline",void 0);Nf=gx([A("umb-workspace-info-app-layout")],Nf);var vx=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let zf=class extends I{get data(){return this._data}set data(e){if(this._data=e,!e?.inheritValidationLook){const t=this.style;t.setProperty("--uui-color-invalid","var(--uui-color-danger)"),t.setProperty("--uui-color-invalid-emphasis","var(--uui-color-danger-emphasis)"),t.setProperty("--uui-color-invalid-standalone","var(--uui-color-danger-standalone)"),t.setProperty("--uui-color-invalid-contrast","var(--uui-color-danger-contrast)")}}render(){return this.data?c`<umb-workspace .entityType=${this.data.entityType}></umb-workspace>`:""}static{this.styles=[J,g`
			:host {
				display: block;
				height: 100%;
			}
		`]}};vx([u({attribute:!1})],zf.prototype,"data",null);zf=vx([A("umb-workspace-modal")],zf);const QU=new ft("Umb.Modal.Workspace",{modal:{type:"sidebar",size:"large"}});var bb=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};const e5=i=>[{manifest:i}];let Hc=class extends I{#e;#t;get entityType(){return this.#t}set entityType(e){e===this.#t||!e||(this.#t=e,this.#i(e))}firstUpdated(e){super.firstUpdated(e),this.setAttribute(Wo,"workspace")}#i(e){this.#e&&this.#e.destroy(),this.#e=new Nm(this,Ee,"workspace",e5,t=>t.meta.entityType===e,t=>{this._component=t[0]?.component;const s=t[0]?.api;s&&new kw(s,Ee,"workspaceContext",[s])},void 0,void 0,()=>_r(()=>import("./default-workspace.context-CyRArM1o.js"),[]),{single:!0})}render(){return this._component??c`<umb-view-loader></umb-view-loader>`}};bb([m()],Hc.prototype,"_component",void 0);bb([u({type:String,attribute:"entity-type"})],Hc.prototype,"entityType",null);Hc=bb([A("umb-workspace")],Hc);const yx=_i.generateAbsolute({sectionName:xr,entityType:Xh}),t5=new mt("create/parent/:parentEntityType/:parentUnique/:presetAlias",yx),i5=new mt("edit/:unique",yx),_x="Umb.Repository.DocumentType.Item",wx="Umb.SearchProvider.DocumentType",s5="document-type-folder",r5=_i.generateAbsolute({sectionName:xr,entityType:s5});new mt("edit/:unique",r5);const n5=new ft("Umb.Modal.Workspace",{modal:QU.getDefaultModal(),data:{entityType:Xh,preset:{}}});var xx=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let gl=class extends I{constructor(){super(...arguments),this.loading=!1,this._dataMark="tree:load-more"}render(){const e=this.loading?"waiting":void 0,t=this.localize.term("actions_showMore");return c`<uui-button
			state=${S(e)}
			data-mark=${this._dataMark}
			id="load-more"
			.label=${t}
			.title=${t}
			>…</uui-button
		>`}static{this.styles=[g`
			:host {
				position: relative;
				display: block;
				padding-left: var(--uui-size-space-3);
				margin-right: var(--uui-size-space-2);
				margin-left: calc(var(--uui-menu-item-indent, 0) * var(--uui-size-4));
				margin-bottom: var(--uui-size-layout-2);
			}

			uui-button {
				width: 100%;
				height: var(--uui-size---uui-size-layout-3);
				--uui-box-border-radius: calc(var(--uui-border-radius) * 2);
				--uui-button-content-align: start;
			}
		`]}};xx([u({type:Boolean})],gl.prototype,"loading",void 0);gl=xx([A("umb-tree-load-more-button")],gl);var o5=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let zy=class extends gl{constructor(){super(...arguments),this._dataMark="tree:load-prev"}static{this.styles=[...gl.styles,g`
			:host {
				margin-bottom: 0;
			}
		`]}};zy=o5([A("umb-tree-load-prev-button")],zy);const gb=new W("UmbTreeContext"),vb="Umb.Modal.TreePicker";class yb extends Event{constructor(e,t){super(e,{bubbles:!1,composed:!1,cancelable:!1}),this.uniques=[],this.uniques=t}}class Ex extends yb{static{this.TYPE="remove"}constructor(e){super(Ex.TYPE,e)}}class Cx extends yb{static{this.TYPE="update"}constructor(e){super(Cx.TYPE,e)}}class $x extends yb{static{this.TYPE="append"}constructor(e){super($x.TYPE,e)}}var qe=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Le=class extends I{constructor(){super(...arguments),this._selectionConfiguration={multiple:!1,selectable:!0,selection:[]},this.selectionConfiguration=this._selectionConfiguration,this.hideTreeItemActions=!1,this.hideTreeRoot=!1,this.expandTreeRoot=!1,this.foldersOnly=!1,this.isMenu=!1,this.selectableFilter=()=>!0,this.filter=()=>!0,this.expansion=[],this._rootItems=[],this._currentPage=1,this._hasPreviousItems=!1,this._hasNextItems=!1,this._isLoadingPrevChildren=!1,this._isLoadingNextChildren=!1}get api(){return this._api}set api(e){this._api=e,this.#e()}#e(){this.observe(this._api?.treeRoot,e=>this._treeRoot=e),this.observe(this._api?.rootItems,e=>this._rootItems=e??[]),this.observe(this._api?.pagination.currentPage,e=>this._currentPage=e??1),this.observe(this._api?.isLoadingPrevChildren,e=>this._isLoadingPrevChildren=e??!1),this.observe(this._api?.isLoadingNextChildren,e=>this._isLoadingNextChildren=e??!1),this.observe(this._api?.targetPagination?.totalPrevItems,e=>this._hasPreviousItems=e?e>0:!1),this.observe(this._api?.targetPagination?.totalNextItems,e=>this._hasNextItems=e?e>0:!1)}async updated(e){super.updated(e),this._api!==void 0&&(e.has("selectionConfiguration")&&(this._selectionConfiguration=this.selectionConfiguration,this._api.selection.setMultiple(this._selectionConfiguration.multiple??!1),this._api.selection.setSelectable(this._selectionConfiguration.selectable??!0),this._api.selection.setSelection(this._selectionConfiguration.selection??[])),e.has("startNode")&&this._api.setStartNode(this.startNode),e.has("hideTreeRoot")&&this._api.setHideTreeRoot(this.hideTreeRoot),e.has("expandTreeRoot")&&this._api.setExpandTreeRoot(this.expandTreeRoot),e.has("foldersOnly")&&this._api.setFoldersOnly(this.foldersOnly??!1),e.has("selectableFilter")&&(this._api.selectableFilter=this.selectableFilter),e.has("filter")&&(this._api.filter=this.filter),e.has("expansion")&&this._api.setExpansion(this.expansion))}getSelection(){return this._api?.selection.getSelection()}getExpansion(){return this._api?.expansion.getExpansion()}#t(e){e.stopPropagation(),this._api?.loadPrevItems?.()}#i(e){e.stopPropagation();const t=this._currentPage=this._currentPage+1;this._api?.pagination.setCurrentPageNumber(t)}render(){return c` ${this.#s()} ${this.#r()}`}#s(){return this.hideTreeRoot||this._treeRoot===void 0?w:c`
			<umb-tree-item
				.entityType=${this._treeRoot.entityType}
				.props=${{hideActions:this.hideTreeItemActions,item:this._treeRoot,isMenu:this.isMenu}}></umb-tree-item>
		`}#r(){return this.hideTreeRoot===!0?c`
				${this.#n()}
				${he(this._rootItems,(e,t)=>e.name+"___"+t,e=>c`
						<umb-tree-item
							.entityType=${e.entityType}
							.props=${{hideActions:this.hideTreeItemActions,item:e,isMenu:this.isMenu}}></umb-tree-item>
					`)}
				${this.#o()}
			`:w}#n(){return this._hasPreviousItems?c`<umb-tree-load-prev-button
			@click=${this.#t}
			.loading=${this._isLoadingPrevChildren}></umb-tree-load-prev-button>`:w}#o(){return this._hasNextItems?c`<umb-tree-load-more-button
			@click=${this.#i}
			.loading=${this._isLoadingNextChildren}></umb-tree-load-more-button> `:w}static{this.styles=g`
		#load-more {
			width: 100%;
		}
	`}};qe([u({type:Object,attribute:!1})],Le.prototype,"api",null);qe([u({type:Object,attribute:!1})],Le.prototype,"selectionConfiguration",void 0);qe([u({type:Boolean,attribute:!1})],Le.prototype,"hideTreeItemActions",void 0);qe([u({type:Boolean,attribute:!1})],Le.prototype,"hideTreeRoot",void 0);qe([u({type:Boolean,attribute:!1})],Le.prototype,"expandTreeRoot",void 0);qe([u({type:Object,attribute:!1})],Le.prototype,"startNode",void 0);qe([u({type:Boolean,attribute:!1})],Le.prototype,"foldersOnly",void 0);qe([u({type:Boolean,attribute:!1})],Le.prototype,"isMenu",void 0);qe([u({attribute:!1})],Le.prototype,"selectableFilter",void 0);qe([u({attribute:!1})],Le.prototype,"filter",void 0);qe([u({attribute:!1})],Le.prototype,"expansion",void 0);qe([m()],Le.prototype,"_rootItems",void 0);qe([m()],Le.prototype,"_treeRoot",void 0);qe([m()],Le.prototype,"_currentPage",void 0);qe([m()],Le.prototype,"_hasPreviousItems",void 0);qe([m()],Le.prototype,"_hasNextItems",void 0);qe([m()],Le.prototype,"_isLoadingPrevChildren",void 0);qe([m()],Le.prototype,"_isLoadingNextChildren",void 0);Le=qe([A("umb-default-tree")],Le);class Fc extends mn{static{this.TYPE="request-reload-tree-item-children"}constructor(e){super(Fc.TYPE,e)}}const kx=new W("UmbTreeItemContext");var _b=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Wc=class extends O{render(){return c`
			<uui-toast-notification-layout id="layout" headline="${S(this.data.headline)}" class="uui-text">
				<div id="message">${this.data.message}</div>
				${this.#e(this.data.structuredList)}
			</uui-toast-notification-layout>
		`}#e(e){return!this.data.structuredList||typeof e!="object"||e===null?w:c`${Object.entries(e).map(([t,s])=>c`<div class="structured-list">
					<p>${t}:</p>
					<ul>
						${this.#t(s)}
					</ul>
				</div>`)}`}#t(e){return Array.isArray(e)?e.map(t=>c`<li>${t}</li>`):c`<li>${e}</li>`}static{this.styles=[J,g`
			#message {
				white-space: pre-line;
			}
			.structured-list ul {
				margin: 0;
			}
			.structured-list p {
				margin: var(--uui-size-3) 0 var(--uui-size-1);
			}
		`]}};_b([u({attribute:!1})],Wc.prototype,"notificationHandler",void 0);_b([u({type:Object})],Wc.prototype,"data",void 0);Wc=_b([A("umb-notification-layout-default")],Wc);const Tx=new W("UmbNotificationContext");var Px=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Vf=class extends I{async#e(){const e=await this.getContext(Hh);if(!e)throw new Error("Modal manager not found.");e.open(this,LO,{data:this.data?.details}),this.notificationHandler.close()}render(){return this.data?c`<uui-toast-notification-layout headline=${S(this.data.headline)}
					>${this.data.message}${this.data.details?c`<uui-button
								slot="actions"
								look="primary"
								color="danger"
								label=${this.localize.term("defaultdialogs_seeErrorAction")}
								@click=${this.#e}></uui-button>`:w}</uui-toast-notification-layout
				>`:w}};Px([u({attribute:!1})],Vf.prototype,"data",void 0);Vf=Px([A("umb-peek-error-notification")],Vf);class a5 extends oe{#e;#t;#i;#s;#r;#n;#o;#a;#l;#c;#u;#d;#h;#f;#p;#m;#g;constructor(e){super(e),this.offsetPagination=new Fw,this.targetPagination=new pI(this),this.#e=new Dt([],t=>t.unique),this.children=this.#e.asObservable(),this.#t=new nt(!1),this.hasChildren=this.#t.asObservable(),this.#i=new SU(this),this.#s=new fi(void 0),this.treeItem=this.#s.asObservable(),this.#r=new nt(!1),this.foldersOnly=this.#r.asObservable(),this.#n=new fi({}),this.additionalRequestArgs=this.#n.asObservable(),this.#o=new fi(void 0),this.startNode=this.#o.asObservable(),this.#a=new nt(!1),this.isLoading=this.#a.asObservable(),this.#l=new nt(!1),this.isLoadingPrevChildren=this.#l.asObservable(),this.#c=new nt(!1),this.isLoadingNextChildren=this.#c.asObservable(),this.#u=50,this.#g=2,this.#v=0,this.#y=0,this.#_=0,this.#A=()=>this.loadNextChildren(),this.#E=t=>{const s=this.getTreeItem()?.entityType,r=this.getTreeItem()?.unique;t.getEntityType()===s&&t.getUnique()===r&&this.reloadChildren()},this.#k=async t=>{const s=this.getTreeItem()?.entityType,r=this.getTreeItem()?.unique;t.getEntityType()===s&&t.getUnique()===r&&(this.#m?this.#m.reloadChildren():this.#p&&this.#p.reloadTree())},this.#x=()=>{this.#f?.removeEventListener(Fc.TYPE,this.#E),this.#f?.removeEventListener(Lc.TYPE,this.#E),this.#f?.removeEventListener(Mc.TYPE,this.#k)},this.offsetPagination.addEventListener(ut.TYPE,this.#A),this.#O(),this.consumeContext(gb,t=>{this.#p=t}),this.consumeContext(kx,t=>{this.#m=t}).skipHost()}setTakeSize(e){this.#u=e,this.offsetPagination.setPageSize(e),this.targetPagination.setTakeSize(e)}setTargetTakeSize(e,t){this.#d=e,this.#h=t}getTakeSize(){return this.#u}setFoldersOnly(e){this.#r.setValue(e)}getFoldersOnly(){return this.#r.getValue()}setTreeItem(e){this.#s.setValue(e),this.setHasChildren(e?.hasChildren||!1)}getTreeItem(){return this.#s.getValue()}setAdditionalRequestArgs(e){this.#n.setValue({...this.#n.getValue(),...e})}getAdditionalRequestArgs(){return this.#n.getValue()}setStartNode(e){this.#o.setValue(e)}getStartNode(){return this.#o.getValue()}setHasChildren(e){this.#t.setValue(e),this.#i.setHasChildren(e)}getHasChildren(){return this.#t.getValue()}async loadChildren(){const e=this.targetPagination.getBaseTarget();if(!(e&&this.isChildLoaded(e)))return this.#b()}async reloadChildren(){this.#b(!0)}async loadPrevChildren(){return this.#w()}async loadNextChildren(){return this.#C()}#v;async#b(e=!1){if(this.#v>this.#g){this.#v=0,this.#$("error");return}const t=this.#p?.getRepository();if(!t)throw new Error("Could not request children, repository is missing");this.#a.setValue(!0);const s=this.getStartNode()||this.getTreeItem(),r=this.getFoldersOnly(),n=this.getAdditionalRequestArgs(),o=this.targetPagination.getBaseTarget(),a=e===!1||e&&this.targetPagination.hasBaseTargetInCurrentItems(),l=o&&o.unique&&a?{target:{unique:o.unique,entityType:o.entityType},takeBefore:e?this.targetPagination.getNumberOfCurrentItemsBeforeBaseTarget():this.#d!==void 0?this.#d:this.targetPagination.getTakeSize(),takeAfter:e?this.targetPagination.getNumberOfCurrentItemsAfterBaseTarget():this.#h!==void 0?this.#h:this.targetPagination.getTakeSize()}:void 0,h={skip:e?0:this.offsetPagination.getSkip(),take:e?this.offsetPagination.getCurrentPageNumber()*this.offsetPagination.getPageSize():this.offsetPagination.getPageSize()},{data:d,error:f}=s?.unique?await t.requestTreeItemsOf({parent:{unique:s.unique,entityType:s.entityType},skip:h.skip,take:h.take,paging:l||h,foldersOnly:r,...n}):await t.requestTreeRootItems({skip:h.skip,take:h.take,paging:l||h,foldersOnly:r,...n});if(f&&f.message.includes("not found")){this.#v++;const v=this.targetPagination.getNewBaseTarget();this.targetPagination.removeFromCurrentItems(o),v?(this.targetPagination.setBaseTarget(v),this.#b()):this.#$(this.#e.getValue().length===0?"empty":"fallback")}if(d){const v=d.items;this.#e.setValue(v),this.setHasChildren(d.total>0),this.offsetPagination.setTotalItems(d.total),this.targetPagination.setCurrentItems(v),this.targetPagination.setTotalItems(d.total),this.targetPagination.setTotalItemsBeforeStartTarget(d.totalBefore),this.targetPagination.setTotalItemsAfterEndTarget(d.totalAfter),this.#v=0}this.#a.setValue(!1)}#y;async#w(){if(this.#y>this.#g){this.#y=0,this.#$("error");return}const e=this.#p?.getRepository();if(!e)throw new Error("Could not request children, repository is missing");this.#a.setValue(!0),this.#l.setValue(!0);const t=this.getStartNode()||this.getTreeItem(),s=this.getFoldersOnly(),r=this.getAdditionalRequestArgs(),n=this.targetPagination.getStartTarget(),o={target:n,takeBefore:this.targetPagination.getTakeSize(),takeAfter:0},{data:a,error:l}=t?.unique?await e.requestTreeItemsOf({parent:{unique:t.unique,entityType:t.entityType},paging:o,foldersOnly:s,...r}):await e.requestTreeRootItems({paging:o,foldersOnly:s,...r});if(l&&l.message.includes("not found")){this.#y++;const h=this.targetPagination.getNewStartTarget();this.targetPagination.removeFromCurrentItems(n),h?this.#w():this.#$(this.#e.getValue().length===0?"empty":"fallback")}if(a){if(a.totalBefore===void 0)throw new Error("totalBefore is missing in the response");const d=[...a.items].reverse();this.#e.prepend(d),this.setHasChildren(a.total>0),this.targetPagination.prependCurrentItems(d),this.targetPagination.setTotalItems(a.total),this.targetPagination.setTotalItemsBeforeStartTarget(a.totalBefore)}this.#a.setValue(!1),this.#l.setValue(!1)}#_;async#C(){if(this.#_>this.#g){this.#_=0,this.#$("error");return}const e=this.#p?.getRepository();if(!e)throw new Error("Could not request children, repository is missing");this.#a.setValue(!0),this.#c.setValue(!0);const t=this.getStartNode()||this.getTreeItem(),s=this.getFoldersOnly(),r=this.getAdditionalRequestArgs(),n=this.targetPagination.getEndTarget(),o={target:n,takeBefore:0,takeAfter:this.targetPagination.getTakeSize()},a={skip:this.offsetPagination.getSkip(),take:this.offsetPagination.getPageSize()},{data:l,error:h}=t?.unique?await e.requestTreeItemsOf({parent:{unique:t.unique,entityType:t.entityType},skip:a.skip,take:a.take,paging:o,foldersOnly:s,...r}):await e.requestTreeRootItems({skip:a.skip,take:a.take,paging:o,foldersOnly:s,...r});if(h&&h.message.includes("not found")){this.#_++;const d=this.targetPagination.getNewEndTarget();this.targetPagination.removeFromCurrentItems(n),d?this.#C():this.#$(this.#e.getValue().length===0?"empty":"fallback")}if(l){const d=l.items;this.#e.append(d),this.setHasChildren(l.total>0),this.offsetPagination.setTotalItems(l.total),this.targetPagination.appendCurrentItems(l.items),this.targetPagination.setTotalItems(l.total),this.targetPagination.setTotalItemsAfterEndTarget(l.totalAfter),this.#_=0}this.#a.setValue(!1),this.#c.setValue(!1)}isChildLoaded(e){return this.#e.getValue().some(t=>t.entityType===e?.entityType&&e.unique===t.unique)}hasLoadedChildren(){return this.#e.getValue().length>0}clear(){this.#e.setValue([]),this.offsetPagination.clear(),this.targetPagination.clear()}async#S(){const e=this.#p?.getRepository();if(!e)return;this.#a.setValue(!0);const t=this.getStartNode()||this.getTreeItem(),s=this.getFoldersOnly(),r=this.getAdditionalRequestArgs(),n={skip:0,take:this.offsetPagination.getPageSize()},{data:o}=t?.unique?await e.requestTreeItemsOf({parent:{unique:t.unique,entityType:t.entityType},skip:n.skip,take:n.take,paging:n,foldersOnly:s,...r}):await e.requestTreeRootItems({skip:n.skip,take:n.take,paging:n,foldersOnly:s,...r});if(o){const a=o.items;this.#e.setValue(a),this.setHasChildren(o.total>0),this.offsetPagination.setTotalItems(o.total)}this.#a.setValue(!1)}async#$(e="error"){this.targetPagination.clear(),this.offsetPagination.clear(),this.#v=0,this.#y=0,this.#_=0,await this.#S(),e==="error"&&(await this.getContext(Tx))?.peek("danger",{data:{message:"Menu loading failed. Showing the first items again."}})}#A;#O(){this.consumeContext(ax,e=>{this.#x(),this.#f=e,this.#f?.addEventListener(Fc.TYPE,this.#E),this.#f?.addEventListener(Lc.TYPE,this.#E),this.#f?.addEventListener(Mc.TYPE,this.#k)})}#E;#k;#x;destroy(){this.#x(),super.destroy()}}class l5 extends oe{#e;#t;#i;#s;#r;#n;#o;constructor(e,t){super(e),this.#e=new nt(!1),this.isExpanded=this.#e.asObservable(),this.#r=t.childrenManager,this.#n=t.targetPaginationManager,this.#s=Promise.all([this.consumeContext(gb,s=>{this.#o=s}).asPromise()])}setTreeItem(e){if(!e){this.#i?.destroy();return}e.entityType===this.#t?.entityType&&e.unique===this.#t?.unique||(this.#t=e,this.#a(this.#t))}getTreeItem(){return this.#t}async#a(e){if(await this.#s,!this.#o)throw new Error("Tree context is not set");this.#i=this.observe(this.#o?.expansion.entry(e),async t=>{const s=t!==void 0;this.#e.setValue(s);const r=this.#n.getBaseTarget(),n=t?.target;if(r&&!n)return;const o=n!==r;s&&this.#r.hasLoadedChildren()&&!o||s&&this.#r.getHasChildren()&&(this.#n.setBaseTarget(n),this.#r.loadChildren())},"observeExpansion")}}var Cr=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};const u5="umb-sort-children-of-modal";let Es=class extends Ss{#e;constructor(){super(),this._children=[],this._currentPage=1,this._totalPages=1,this._tableColumns=[],this._tableConfig={allowSelection:!1},this._tableItems=[],this._sortable=!1,this._sortedUniques=new Set,this.#e=new Fw,this.#e.setPageSize(50),this.observe(Dm([this.#e.currentPage,this.#e.totalPages]),([e,t])=>{this._currentPage=e,this._totalPages=t},"umbPaginationObserver")}_setTableColumns(){this._tableColumns=[{name:this.localize.term("general_name"),alias:"name",allowSorting:!0}]}async firstUpdated(e){super.firstUpdated(e),await this.#t(),this._setTableColumns()}async#t(){if(this.data?.unique===void 0)throw new Error("unique is required");if(!this.data?.treeRepositoryAlias)throw new Error("treeRepositoryAlias is required");const e=await $c(this,this.data.treeRepositoryAlias),{data:t}=await e.requestTreeItemsOf({parent:{unique:this.data.unique,entityType:this.data.entityType},skip:this.#e.getSkip(),take:this.#e.getPageSize()});t&&(this._children=[...this._children,...t.items],this.#e.setTotalItems(t.total),this._sortable=this._children.length>0,this._createTableItems())}_createTableItems(){this._tableItems=this._children.map(e=>({id:e.unique,icon:"icon-globe",data:[{columnAlias:"name",value:c`${e.name}`}]}))}_hasMorePages(){return this._currentPage<this._totalPages}_onLoadMore(e){e.stopPropagation(),!(this._currentPage>=this._totalPages)&&(this.#e.setCurrentPageNumber(this._currentPage+1),this.#t())}async#i(e){if(e?.stopPropagation(),!this.data?.sortChildrenOfRepositoryAlias)throw new Error("sortChildrenOfRepositoryAlias is required");const t=await $c(this,this.data.sortChildrenOfRepositoryAlias),{error:s}=await t.sortChildrenOf({unique:this.data.unique,sorting:this.#s()});s||this._submitModal()}#s(){const e=[];for(const t of this._sortedUniques){const s=this._tableItems.findIndex(r=>r.id===t);if(s!==-1){const r={unique:t,sortOrder:s};e.push(r)}}return e}#r(e){e.stopPropagation();const t=e.getItemId();this._sortedUniques.add(t);const r=e.target.items;this._tableItems=r}#n(e){e.stopPropagation();const t=e.target,s=t.orderingColumn,r=t.orderingDesc;this._tableItems=[...this._tableItems].sort((n,o)=>{const a=n.data.find(h=>h.columnAlias===s),l=o.data.find(h=>h.columnAlias===s);return this._sortCompare(s,a?.value,l?.value)}),r&&this._tableItems.reverse(),this._sortedUniques.clear(),this._tableItems.map(n=>n.id).forEach(n=>this._sortedUniques.add(n))}_sortCompare(e,t,s){return e==="name"?t.localeCompare(s):0}render(){return c`
			<umb-body-layout headline=${"Sort Children"}>
				${this._children.length===0?this.#o():this.#a()}
				<uui-button slot="actions" label="Cancel" @click="${this._rejectModal}"></uui-button>
				<uui-button slot="actions" color="positive" look="primary" label="Sort" @click=${this.#i}></uui-button>
			</umb-body-layout>
		`}#o(){return c`<uui-label>There are no children</uui-label>`}#a(){return c`
			<umb-table
				.config=${this._tableConfig}
				.columns=${this._tableColumns}
				.items=${this._tableItems}
				.sortable=${this._sortable}
				@sorted=${this.#r}
				@ordered=${this.#n}></umb-table>

			${this._hasMorePages()?c`
						<uui-button id="loadMoreButton" look="placeholder" @click=${this._onLoadMore}
							>Load more (${this._currentPage}/${this._totalPages})</uui-button
						>
					`:w}
		`}static{this.styles=[J,g`
			#loadMoreButton {
				width: 100%;
				margin-top: var(--uui-size-space-3);
			}
		`]}};Cr([m()],Es.prototype,"_children",void 0);Cr([m()],Es.prototype,"_currentPage",void 0);Cr([m()],Es.prototype,"_totalPages",void 0);Cr([m()],Es.prototype,"_tableColumns",void 0);Cr([m()],Es.prototype,"_tableConfig",void 0);Cr([m()],Es.prototype,"_tableItems",void 0);Cr([m()],Es.prototype,"_sortable",void 0);Es=Cr([A(u5)],Es);var c5=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Vy=class extends I{render(){return c`<umb-workspace-editor>
			<umb-icon id="icon" slot="header" name="icon-folder"></umb-icon>
			<umb-workspace-header-name-editable slot="header"></umb-workspace-header-name-editable>
		</umb-workspace-editor>`}static{this.styles=[J,g`
			#icon {
				display: inline-block;
				font-size: var(--uui-size-6);
				margin-right: var(--uui-size-space-4);
			}
		`]}};Vy=c5([A("umb-folder-workspace-editor")],Vy);class h5 extends oe{constructor(){super(...arguments),this.#e=new nt(!1),this.hasActions=this.#e.asObservable()}#e;#t;#i;setTreeItem(e){if(!e){this.#i?.destroy();return}e.entityType===this.#t?.entityType&&e.unique===this.#t?.unique||(this.#t=e,this.#s(this.#t))}getTreeItem(){return this.#t}#s(e){this.#i=this.observe(Ee.byType("entityAction").pipe(xe(t=>t.filter(s=>s.forEntityTypes.includes(e.entityType)))),t=>{this.#e.setValue(t.length>0)},"observeActions")}}class d5 extends st{#e;#t;#i;#s;#r;#n;#o;#a;#l;#c;#u;#d;#h;setIsMenu(e){this.#h=e}getIsMenu(){return this.#h}constructor(e){super(e,kx),this._treeItem=new fi(void 0),this.treeItem=this._treeItem.asObservable(),this.#i=new nt(!1),this.isSelectable=this.#i.asObservable(),this.#s=new nt(!1),this.isSelectableContext=this.#s.asObservable(),this.#r=new nt(!1),this.isSelected=this.#r.asObservable(),this.#n=new nt(!1),this.isActive=this.#n.asObservable(),this.#o=new Re(""),this.path=this.#o.asObservable(),this._treeItemChildrenManager=new a5(this),this.childItems=this._treeItemChildrenManager.children,this.hasChildren=this._treeItemChildrenManager.hasChildren,this.foldersOnly=this._treeItemChildrenManager.foldersOnly,this.pagination=this._treeItemChildrenManager.offsetPagination,this.targetPagination=this._treeItemChildrenManager.targetPagination,this.isLoading=this._treeItemChildrenManager.isLoading,this.isLoadingPrevChildren=this._treeItemChildrenManager.isLoadingPrevChildren,this.isLoadingNextChildren=this._treeItemChildrenManager.isLoadingNextChildren,this.#a=new l5(this,{childrenManager:this._treeItemChildrenManager,targetPaginationManager:this.targetPagination}),this.isOpen=this.#a.isExpanded,this.#l=new h5(this),this.hasActions=this.#l.hasActions,this.#u=new TU(this),this.#d=new nt(void 0),this.hasActiveDescendant=this.#d.asObservable(),this.#h=!1,this.loadChildren=()=>this._treeItemChildrenManager.loadChildren(),this.reloadChildren=()=>this._treeItemChildrenManager.reloadChildren(),this.loadMore=()=>this._treeItemChildrenManager.loadNextChildren(),this.loadPrevItems=()=>this._treeItemChildrenManager.loadPrevChildren(),this.loadNextItems=()=>this._treeItemChildrenManager.loadNextChildren(),this.#y=async()=>{if(this.#i.getValue()){this.#n.setValue(!1);return}const s=cl(window.location.pathname),r=cl(this.#o.getValue()),n=s.includes(r);if(this.#n.getValue()===n)return;if(!this.entityType||this.unique===void 0)throw new Error("Could not check active state, entity type or unique is missing");const o=this.getAscending();if(o){const a=[...o,{entityType:this.entityType,unique:this.unique}];await this.#e,n&&this.treeContext?.activeManager.setActive(a)}this.#n.setValue(n)},this.#w=Nw(this.#y,100),this._treeItemChildrenManager.setTakeSize(50),this.#f(),window.addEventListener("navigationend",this.#w)}set manifest(e){this.#t!==e&&(this.#t=e)}get manifest(){return this.#t}getPath(){return this.#o.getValue()}getAscending(){return this._treeItem.getValue()?.ancestors}getManifest(){return new zw({removeInVersion:"18.0.0",deprecated:"getManifest",solution:"Use .manifest property instead"}).warn(),this.#t}setTreeItem(e){if(!e){this._treeItem.setValue(void 0);return}if(e.unique===void 0)throw new Error("Could not create tree item context, unique is missing");if(this.unique=e.unique,!e.entityType)throw new Error("Could not create tree item context, tree item type is missing");this.entityType=e.entityType,this._treeItemChildrenManager.setTreeItem(e),this.#a.setTreeItem(e),this.#l.setTreeItem(e);const t=e.parent?{entityType:e.parent.entityType,unique:e.parent.unique}:void 0;this.#u.setParent(t),this._treeItem.setValue(e),this.#p(),this.#m(),this.#b()}select(){if(this.unique===void 0)throw new Error("Could not select. Unique is missing");this.treeContext?.selection.select(this.unique)}deselect(){if(this.unique===void 0)throw new Error("Could not deselect. Unique is missing");this.treeContext?.selection.deselect(this.unique)}showChildren(){const e=this.entityType,t=this.unique;if(!e)throw new Error("Could not show children, entity type is missing");if(t===void 0)throw new Error("Could not show children, unique is missing");this.treeContext?.expansion.expandItem({entityType:e,unique:t})}hideChildren(){const e=this.entityType,t=this.unique;if(!e)throw new Error("Could not show children, entity type is missing");if(t===void 0)throw new Error("Could not show children, unique is missing");this.treeContext?.expansion.collapseItem({entityType:e,unique:t})}async#f(){this.consumeContext(ub,e=>{this.#c=e,this.#b()}),this.#e=this.consumeContext(gb,e=>{this.treeContext=e,this.#p(),this.#m(),this.#g(),this.#v()}).asPromise()}getTreeItem(){return this._treeItem.getValue()}#p(){this.treeContext&&this.observe(this.treeContext.selection.selectable,e=>{if(this.#s.setValue(e),e===!0){const t=this.treeContext?.selectableFilter?.(this.getTreeItem())??!0;this.#i.setValue(t),this.#y()}},"observeIsSelectable")}#m(){!this.treeContext||!this.unique||this.observe(this.treeContext.selection.selection.pipe(xe(e=>e.includes(this.unique))),e=>{this.#r.setValue(e)},"observeIsSelected")}#g(){this.unique!==void 0&&this.observe(this.treeContext?.foldersOnly,e=>{this._treeItemChildrenManager.setFoldersOnly(e??!1)},"observeFoldersOnly")}#v(){if(this.unique===void 0||this.entityType===void 0)return;const e={entityType:this.entityType,unique:this.unique};this.observe(this.treeContext?.activeManager.hasActiveDescendants(e),t=>{this.#d.getValue()===void 0&&t===!1||this.#d.setValue(t)},"observeActiveDescendant")}#b(){this.observe(this.#c?.pathname,e=>{if(!e||!this.entityType||this.unique===void 0)return;const t=this.constructPath(e,this.entityType,this.unique);this.#o.setValue(t),this.#y()},"observeSectionPath")}#y;#w;constructPath(e,t,s){return`section/${e}/workspace/${t}/edit/${s}`}destroy(){window.removeEventListener("navigationend",this.#w),super.destroy()}}var ve=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};class fe extends I{constructor(){super(...arguments),this._isLoadingPrevChildren=!1,this._isLoadingNextChildren=!1,this.hideActions=!1,this._isActive=!1,this._isLoading=!1,this._isSelectableContext=!1,this._isSelectable=!1,this._isSelected=!1,this._hasChildren=!1,this._forceShowExpand=!1,this._isOpen=!1,this._iconSlotHasChildren=!1,this._totalPages=1,this._currentPage=1,this._hasPreviousItems=!1,this._hasNextItems=!1,this._isMenu=!1,this.#r=e=>e.target.assignedNodes({flatten:!0}).length>0}set item(e){this._item=e,this._extractFlags(e),this._item&&(this._label=this.localize.string(this._item?.name??""),this.#t())}get item(){return this._item}_extractFlags(e){this._flags=e?.flags??[]}set api(e){this.#e=e,this.#e&&(this.#e?.setIsMenu(this._isMenu),this.observe(this.#e.childItems,t=>this._childItems=t),this.observe(this.#e.hasChildren,t=>this._hasChildren=t),this.observe(this.#e.isActive,t=>this._isActive=t),this.observe(this.#e.isOpen,t=>this._isOpen=t),this.observe(this.#e.isLoading,t=>this._isLoading=t),this.observe(this.#e.isSelectableContext,t=>this._isSelectableContext=t),this.observe(this.#e.isSelectable,t=>this._isSelectable=t),this.observe(this.#e.isSelected,t=>this._isSelected=t),this.observe(this.#e.path,t=>this._href=t),this.observe(this.#e.pagination.currentPage,t=>this._currentPage=t),this.observe(this.#e.pagination.totalPages,t=>this._totalPages=t),this.observe(this.#e.isLoadingPrevChildren,t=>this._isLoadingPrevChildren=t??!1),this.observe(this.#e.isLoadingNextChildren,t=>this._isLoadingNextChildren=t??!1),this.observe(this.#e.targetPagination?.totalPrevItems,t=>this._hasPreviousItems=t!==void 0?t>0:!1),this.observe(this.#e.targetPagination?.totalNextItems,t=>this._hasNextItems=t!==void 0?t>0:!1),this.#t())}get api(){return this.#e}#e;set isMenu(e){this._isMenu=e,this.#e?.setIsMenu(e)}get isMenu(){return this._isMenu}#t(){this.#e&&this._item&&this.#e.setTreeItem(this._item)}_handleSelectedItem(e){e.stopPropagation(),this.#e?.select()}_handleDeselectedItem(e){e.stopPropagation(),this.#e?.deselect()}_onShowChildren(e){e.stopPropagation(),e.preventDefault(),this.#e?.showChildren()}_onHideChildren(e){e.stopPropagation(),e.preventDefault(),this.#e?.hideChildren()}#i(e){e.stopPropagation(),this.#e?.loadPrevItems?.()}#s(e){e.stopPropagation();const t=this._currentPage=this._currentPage+1;this.#e?.pagination.setCurrentPageNumber(t)}render(){const e=this._isOpen?"visuallyHiddenTexts_collapseChildItems":"visuallyHiddenTexts_expandChildItems";return c`
			<uui-menu-item
				@show-children=${this._onShowChildren}
				@hide-children=${this._onHideChildren}
				@selected=${this._handleSelectedItem}
				@deselected=${this._handleDeselectedItem}
				?active=${this._isActive}
				?disabled=${this._isSelectableContext&&!this._isSelectable}
				?selectable=${this._isSelectable}
				?selected=${this._isSelected}
				.loading=${this._isLoading}
				.hasChildren=${this._forceShowExpand||this._hasChildren}
				.showChildren=${this._isOpen}
				.caretLabel=${this.localize.term(e)+" "+this._label}
				label=${S(this._label)}
				href=${S(this._isSelectableContext?void 0:this._href)}
				.renderExpandSymbol=${this._renderExpandSymbol}>
				${this.#c()} ${this.renderIconContainer()} ${this.renderLabel()} ${this.#a()}
				${this.#l()}
				<slot></slot>
				${this.#u()}
			</uui-menu-item>
		`}#r;renderIconContainer(){return c`
			<div id="icon-container" slot="icon">
				<slot
					name="icon"
					@slotchange=${e=>{this._iconSlotHasChildren=this.#r(e)}}></slot>
				${this.#n()}
			</div>
		`}#n(){return this._item?c`<umb-entity-sign-bundle .entityType=${this._item.entityType} .entityFlags=${this._flags}
					>${this._iconSlotHasChildren?w:this.#o()}</umb-entity-sign-bundle
				>`:w}#o(){const e=this._getIconName(),t=this._item?.isFolder;return e?c`<umb-icon name="${this._getIconToRender(e)}"></umb-icon>`:t?c`<umb-icon name="icon-folder"></umb-icon>`:c`<umb-icon name="icon-circle-dotted"></umb-icon>`}_getIconToRender(e){const t=e.split(" ")[0];return this._isActive||this._isSelected?t:e}_getIconName(){return this._item?.icon}renderLabel(){return c`<slot name="label" slot="label"></slot>`}#a(){return this.hideActions||!this.#e||!this._item?w:c`
			<umb-entity-actions-bundle
				slot="actions"
				.entityType=${this.#e.entityType}
				.unique=${this.#e.unique}
				.label=${this._label}>
			</umb-entity-actions-bundle>
		`}#l(){return c`
			${this._childItems?he(this._childItems,(e,t)=>e.name+"___"+t,e=>c`
							<umb-tree-item
								.entityType=${e.entityType}
								.props=${{hideActions:this.hideActions,item:e,isMenu:this.isMenu}}></umb-tree-item>
						`):""}
		`}#c(){return this._hasPreviousItems?c` <umb-tree-load-prev-button
			@click=${this.#i}
			.loading=${this._isLoadingPrevChildren}></umb-tree-load-prev-button>`:w}#u(){return this._hasNextItems?c`
			<umb-tree-load-more-button
				@click=${this.#s}
				.loading=${this._isLoadingNextChildren}></umb-tree-load-more-button>
		`:w}static{this.styles=[J,g`
			#icon-container {
				position: relative;
				font-size: 15px;
			}

			uui-menu-item {
				--umb-sign-bundle-bg: var(--uui-color-surface);
			}

			uui-menu-item:hover {
				--umb-sign-bundle-bg: var(--uui-color-surface-emphasis);
			}

			uui-menu-item[active],
			uui-menu-item[selected] {
				--umb-sign-bundle-bg: var(--uui-color-current);
			}

			uui-menu-item[selected]:hover,
			uui-menu-item[active]:hover {
				--umb-sign-bundle-bg: var(--uui-color-current-emphasis);
			}

			#label {
				white-space: nowrap;
				overflow: hidden;
				text-overflow: ellipsis;
			}
		`]}}ve([u({type:Object,attribute:!1})],fe.prototype,"item",null);ve([m()],fe.prototype,"_flags",void 0);ve([m()],fe.prototype,"_label",void 0);ve([m()],fe.prototype,"_isLoadingPrevChildren",void 0);ve([m()],fe.prototype,"_isLoadingNextChildren",void 0);ve([u({type:Object,attribute:!1})],fe.prototype,"api",null);ve([u({type:Boolean,attribute:!1})],fe.prototype,"hideActions",void 0);ve([m()],fe.prototype,"_isActive",void 0);ve([m()],fe.prototype,"_childItems",void 0);ve([m()],fe.prototype,"_href",void 0);ve([m()],fe.prototype,"_isLoading",void 0);ve([m()],fe.prototype,"_isSelectableContext",void 0);ve([m()],fe.prototype,"_isSelectable",void 0);ve([m()],fe.prototype,"_isSelected",void 0);ve([m()],fe.prototype,"_hasChildren",void 0);ve([m()],fe.prototype,"_forceShowExpand",void 0);ve([m()],fe.prototype,"_isOpen",void 0);ve([m()],fe.prototype,"_iconSlotHasChildren",void 0);ve([m()],fe.prototype,"_totalPages",void 0);ve([m()],fe.prototype,"_currentPage",void 0);ve([m()],fe.prototype,"_hasPreviousItems",void 0);ve([m()],fe.prototype,"_hasNextItems",void 0);ve([m()],fe.prototype,"_isMenu",void 0);class By extends d5{constructor(e){super(e)}}var p5=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let jy=class extends fe{};jy=p5([A("umb-default-tree-item")],jy);var wb=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Gc=class extends Bo{get entityType(){return this.#e}set entityType(e){this.#e=e,this.#t()}#e;set props(e){super.props=e,this.#s()}get props(){return super.props}#t(){if(!this.#e)return;const e=t=>this.#e?t.forEntityTypes.includes(this.#e):!1;this.observe(en(Ee.byTypeAndFilter(this.getExtensionType(),e),t=>t[0]?.alias),t=>{this.alias=t,t||this.#i()},"umbObserveAlias")}#i(){const e=document.createElement("umb-default-tree-item"),t=new By(e);e.api=t,this._element=e,this.#s(),this.requestUpdate("_element")}getExtensionType(){return"treeItem"}getDefaultElementName(){return"umb-default-tree-item"}#s(){!this._element||!this.props||Object.keys(this.props).forEach(e=>{this._element[e]=this.props[e]})}getDefaultApiConstructor(){return By}};wb([u({type:String,reflect:!0})],Gc.prototype,"entityType",null);wb([u({type:Object,attribute:!1})],Gc.prototype,"props",null);Gc=wb([A("umb-tree-item")],Gc);const Sx=new W("UmbMenuContext");class f5 extends oe{#e;#t;#i;#s;constructor(e){super(e),this.#e=new Vw(this),this.expansion=this.#e.expansion,this.consumeContext(Sx,t=>{this.#i=t,this.#r()})}#r(){if(!this.#i||!this.#t){this.#s?.destroy();return}this.#s=this.observe(en(this.#i.expansion.expansion,e=>e?.filter(t=>t.menuItemAlias===this.#t)||[]),e=>{this.#e.setExpansion(e)},"observeMenuExpension")}setMenuItemAlias(e){this.#t=e,this.#r()}isExpanded(e){return this.#e.isExpanded(e)}setExpansion(e){this.#e.setExpansion(e),this.#i?.expansion.setExpansion(e)}getExpansion(){return this.#e.getExpansion()}async expandItem(e){this.#e.expandItem(e),this.#i?.expansion.expandItem(e)}expandItems(e){this.#e.expandItems(e),this.#i?.expansion.expandItems(e)}async collapseItem(e){this.#e.collapseItem(e),this.#i?.expansion.collapseItem(e)}async collapseAll(){const e=this.#e.getExpansion();this.#e.collapseAll(),this.#i?.expansion.collapseItems(e)}}const Ax=new W("UmbMenuItemContext");class m5 extends st{#e;get manifest(){return this.#e}set manifest(e){this.#e=e,this.expansion.setMenuItemAlias(e?.alias)}constructor(e){super(e,Ax),this.expansion=new f5(this)}}class b5 extends st{constructor(e){super(e,Sx),this.expansion=new Vw(this)}}var xb=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Yc=class extends I{#e;get manifest(){return this._manifest}set manifest(e){this._manifest=e,this.#t()}constructor(){super(),this.consumeContext(ub,e=>{this.observe(e?.pathname,t=>{this.#e=t,this.#t()},"observePathname")})}#t(){!this.#e||!this.manifest||(this._href=`section/${this.#e}/workspace/${this.manifest.meta.entityType}`)}render(){return c`
			<umb-menu-item-layout
				.href=${this._href}
				.iconName=${this.manifest.meta.icon??""}
				.label=${this.localize.string(this.manifest.meta.label??this.manifest.name)}
				.entityType=${this.manifest.meta.entityType}>
			</umb-menu-item-layout>
		`}};xb([u({type:Object,attribute:!1})],Yc.prototype,"_manifest",void 0);xb([m()],Yc.prototype,"_href",void 0);Yc=xb([A("umb-menu-item-default")],Yc);var Ix=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Bf=class extends I{get expansion(){return this.#e.expansion.getExpansion()}set expansion(e){this.#e.expansion.setExpansion(e)}#e=new b5(this);render(){return c`
			<umb-extension-with-api-slot
				type="menuItem"
				default-element="umb-menu-item-default"
				.defaultApi=${m5}
				.filter=${e=>e.meta.menus.includes(this.manifest.alias)}>
			</umb-extension-with-api-slot>
		`}};Ix([u({attribute:!1})],Bf.prototype,"manifest",void 0);Bf=Ix([A("umb-menu")],Bf);var $r=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Cs=class extends I{constructor(){super(...arguments),this.iconName="",this.label="",this.hasChildren=!1,this._isActive=!1,this.#e=Nw(()=>this.#t(),100)}connectedCallback(){super.connectedCallback(),window.addEventListener("navigationend",this.#e)}#e;#t(){if(!this.href){this._isActive=!1;return}const e=cl(window.location.pathname),t=cl(this.href);this._isActive=e.includes(t)}render(){return c`
			<uui-menu-item
				label=${this.label}
				href=${S(this.href)}
				target=${S(this.href&&this.target?this.target:void 0)}
				.caretLabel=${this.localize.term("visuallyHiddenTexts_expandChildItems")+" "+this.label}
				?active=${this._isActive}
				?has-children=${this.hasChildren}>
				<umb-icon slot="icon" name=${this.iconName}></umb-icon>
				${Ke(this.entityType,()=>c`
						<umb-entity-actions-bundle
							slot="actions"
							.entityType=${this.entityType}
							.unique=${null}
							.label=${this.label}></umb-entity-actions-bundle>
					`)}
				<slot></slot>
			</uui-menu-item>
		`}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener("navigationend",this.#e)}};$r([u({type:String,attribute:"entity-type"})],Cs.prototype,"entityType",void 0);$r([u({type:String,attribute:"icon-name"})],Cs.prototype,"iconName",void 0);$r([u({type:String})],Cs.prototype,"label",void 0);$r([u({type:Boolean,attribute:"has-children"})],Cs.prototype,"hasChildren",void 0);$r([u({type:String})],Cs.prototype,"href",void 0);$r([u({type:String})],Cs.prototype,"target",void 0);$r([m()],Cs.prototype,"_isActive",void 0);Cs=$r([A("umb-menu-item-layout")],Cs);function g5(i){return typeof i=="object"&&i!==null&&"entityType"in i&&"unique"in i&&"menuItemAlias"in i}const v5=new W(ub.contextAlias,"UmbSectionSidebarMenuSectionContext");var Ox=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let jf=class extends I{renderHeader(){return c`<h3>${this.localize.string(this.manifest?.meta?.label??"")}</h3>`}#e;#t=new Qt;#i=!1;constructor(){super(),this.#s(),this.consumeContext(v5,e=>{this.#e=e,this.#r()})}#s(){this.#t.type="menu",this.#t.filter=e=>e.alias===this.manifest?.meta?.menu,this.#t.defaultElement="umb-menu",this.#t.events={[sn.TYPE]:this.#n.bind(this),[tn.TYPE]:this.#n.bind(this)}}#r(){this.observe(this.#e?.expansion.expansion,e=>{this.#i||(this.#t.props={expansion:e||[]})})}#n(e){const t=e;t.stopPropagation();const s=t.entry;if(!s)throw new Error("Entity is required to toggle expansion.");g5(s)!==!1&&(t.type===sn.TYPE?(this.#i=!0,this.#e?.expansion.expandItem(s),this.#i=!1):t.type===tn.TYPE&&(this.#i=!0,this.#e?.expansion.collapseItem(s),this.#i=!1))}render(){return c` ${this.renderHeader()} ${this.#t}`}disconnectedCallback(){super.disconnectedCallback(),this.#t.destroy()}static{this.styles=[J,g`
			h3 {
				display: flex;
				align-items: center;
				height: var(--umb-header-layout-height);
				margin: 0;
				padding: var(--uui-size-4) var(--uui-size-8);
				box-sizing: border-box;
				font-size: 14px;
			}
		`]}};Ox([u({type:Object,attribute:!1})],jf.prototype,"manifest",void 0);jf=Ox([A("umb-section-sidebar-menu")],jf);var Eb=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Kc=class extends I{#e;#t;constructor(){super(),this._menuItemExpansion=[],this.#t=!1,this.consumeContext(Ax,e=>{this.#e=e,this.#i()})}#i(){this.observe(this.#e?.expansion.expansion,e=>{this.#t||(this._menuItemExpansion=e||[])})}#s(e){e.stopPropagation();const t=e.entry;if(!t)throw new Error("Entry is required to toggle expansion.");if(!this.manifest)throw new Error("Manifest is required to toggle expansion.");e.type===sn.TYPE?(this.#t=!0,this.#e?.expansion.expandItem({...t,menuItemAlias:this.manifest.alias}),this.#t=!1):e.type===tn.TYPE&&(this.#t=!0,this.#e?.expansion.collapseItem({...t,menuItemAlias:this.manifest.alias}),this.#t=!1)}render(){return this.manifest?c`
					<umb-tree
						alias=${this.manifest?.meta.treeAlias}
						.props=${{hideTreeRoot:this.manifest?.meta.hideTreeRoot===!0,selectionConfiguration:{selectable:!1,multiple:!1},expansion:this._menuItemExpansion,isMenu:!0}}
						@expansion-entry-expanded=${this.#s}
						@expansion-entry-collapsed=${this.#s}></umb-tree>
				`:w}};Eb([u({type:Object})],Kc.prototype,"manifest",void 0);Eb([m()],Kc.prototype,"_menuItemExpansion",void 0);Kc=Eb([A("umb-menu-item-tree-default")],Kc);var y5=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let qy=class extends Bo{getExtensionType(){return"tree"}getDefaultElementName(){return"umb-default-tree"}getSelection(){return this._element?.getSelection?.()??[]}getExpansion(){return this._element?.getExpansion?.()??[]}};qy=y5([A("umb-tree")],qy);const _5=new ft(vb,{modal:{type:"sidebar",size:"small"},data:{treeAlias:"Umb.Tree.DocumentType",createAction:{label:"#content_createEmpty",modalData:{entityType:Xh,preset:{}},extendWithPathPattern:t5,extendWithPathParams:{parentEntityType:yU,parentUnique:null,presetAlias:null}},search:{providerAlias:wx}}});class w5 extends Fo{constructor(e){super(e,_x,_5)}async openPicker(e,t){if(t?.documentTypesOnly&&t?.elementTypesOnly)throw new Error("You cannot set both documentTypesOnly and elementTypesOnly to true.");const s=t?.elementTypesOnly??(t?.documentTypesOnly===!0?!1:void 0),r={...e};e?.search||(r.search={providerAlias:wx,...e?.search}),r.search.queryParams={isElementType:s,...e?.search?.queryParams},await super.openPicker(r)}}var E;const mu=50,Hy=16;function Fy(i,e){if(!i||!i.getBoundingClientRect)return null;let t=i;for(;t;){if(t.clientWidth<t.scrollWidth||t.clientHeight<t.scrollHeight){const s=getComputedStyle(t);if(t.clientHeight<t.scrollHeight&&(s.overflowY=="auto"||s.overflowY=="scroll")||t.clientWidth<t.scrollWidth&&(s.overflowX=="auto"||s.overflowX=="scroll"))return!t.getBoundingClientRect||t===document.body?null:t}if(t.parentNode===document)return null;t.parentNode instanceof ShadowRoot?t=t.parentNode.host:t=t.parentNode}return null}function x5(i,e){const t=e.split(",");t.push('[draggable="false"]'),t.forEach(function(s){i.querySelectorAll(s.trim()).forEach(C5)})}function E5(i,e){const t=e.split(",");t.push('[draggable="false"]'),t.forEach(function(s){i.querySelectorAll(s.trim()).forEach($5)})}function C5(i){i.draggable=!1}function $5(i){i.draggable=!1}class yn extends oe{#e;#t;#i;#s;#r;#n;#o;#a;#l;#c;#u;#d;get identifier(){return this.#i.identifier}set identifier(e){this.#i.identifier=e}#h(){return E.activeSorter?.identifier===this.identifier}constructor(e,t){super(e),this.#t=!1,this.#r=[],this.#l=!0,this.#c=0,this.#u=0,this.#d=Array(),this.#f=()=>{if(this.#t===!1||this.#n)return;const s=this.#i.containerSelector?this.#e.shadowRoot.querySelector(this.#i.containerSelector):this.#e;if(!s)throw this.#i.containerSelector?new Error(`Sorter could not find the container element, using this query selector '${this.#i.containerSelector}'.`):new Error("Sorter could not get its host element.");this.#n=s,this.#o=this.#n===this.#e;const r=this.#o?this.#n.shadowRoot??this.#n:this.#n;r.addEventListener("dragover",this.#g),r.addEventListener("drop",this.#v),this.#s.disconnect(),r.querySelectorAll(this.#i.itemSelector).forEach(n=>{n.matches&&n.matches(this.#i.itemSelector)&&this.setupItem(n)}),this.#s.observe(r,{childList:!0,subtree:!1})},this.#g=async s=>{const r=await this.#m(s),n=E.dropSorter;if(!(!n||n.identifier!==this.identifier))if(n===this){s.preventDefault(),s.dataTransfer&&(s.dataTransfer.dropEffect="move"),this.#N(s,r),s.stopPropagation();return}else{if(this.updateAllowIndication(E.activeItem)===!1)return;E.dropSorter=this,s.stopPropagation()}},this.#v=async s=>{this.#U()},this.#$=s=>{const r=s.target,n=s.composedPath();if(this.#i.ignorerSelector){if(r.matches(this.#i.ignorerSelector))return;const o=n.indexOf(r),a=o!==-1?n.slice(0,o):void 0;if(a&&a.some(h=>h.matches?.('[draggable="false"],'+this.#i.ignorerSelector)))return}if(s.target&&s.button===0){const o=this.#w(s.target);if(!o)return;const a=this.#b(o);if(!a)return;a.addEventListener("mouseup",this.#A),a.draggable=!0}},this.#A=s=>{const r=s.target;r&&(r.removeEventListener("mouseup",this.#A),r.draggable=!1)},this.#O=s=>{const r=s.target.closest(this.#i.itemSelector);if(!r)return;E.activeElement&&E.activeElement!==r&&(console.error("drag start ws cancelled due to another drag was still active"),this.#E()),this.#a||(this.#a=Fy(this.#n));const n=this.#n.getBoundingClientRect();if(this.#n.style.minHeight=n.height+"px",this.#S(r),window.addEventListener("mouseup",this.#x),window.addEventListener("mouseout",this.#x),window.addEventListener("mouseleave",this.#x),window.addEventListener("mousemove",this.#k),E.activeItem=this.getItemOfElement(E.activeElement),!E.activeItem){console.error("Could not find item related to this element.",E.activeElement);return}const o=this.#i.getUniqueOfModel(E.activeItem);if(s.stopPropagation(),s.dataTransfer){const a=E.activeDragElement??r,l=a.getBoundingClientRect();s.dataTransfer.setDragImage(a,s.clientX-l.x,s.clientY-l.y),s.dataTransfer.dropEffect="move",s.dataTransfer.effectAllowed="all",s.dataTransfer.setData("text/umb-sorter-identifier#"+this.identifier.toString(),"true"),s.dataTransfer.setData("text/umb-sorter-item-unique#"+o?.toString(),"true")}return E.originalSorter=this,E.originalIndex=this.#r.findIndex(a=>this.#i.getUniqueOfModel(a)===o),E.activeIndex=E.originalIndex,E.activeDragElement.style.transform="translateZ(0)",this.#i.dataTransferResolver&&this.#i.dataTransferResolver(s.dataTransfer,E.activeItem),this.#i.onStart&&this.#i.onStart({item:E.activeItem,element:E.activeElement}),E.activeSorter=this,E.dropSorter=this,E.rqaId=requestAnimationFrame(()=>{E.rqaId=void 0,E.activeDragElement&&(E.activeDragElement.style.transform="")}),!0},this.#E=s=>{E.originalSorter&&s?.dataTransfer!=null&&s.dataTransfer.dropEffect==="none"?E.originalSorter.moveItemInModel(E.originalIndex??0,E.activeSorter):E.originalSorter,this.#U()},this.#k=s=>{s.buttons===0&&this.#U()},this.#x=s=>{this.#U()},this.#D=()=>{if(E.rqaId=void 0,!E.activeItem)return;if(E.dropSorter!==this)throw new Error("Drop sorter is not this sorter");const s=E.activeElement?.getBoundingClientRect()??new DOMRect(0,0,0,0);if(ey(this.#c,this.#u,s))return;const n=this.#o?this.#n.shadowRoot??this.#n:this.#n,o=Array.from(n.querySelectorAll(this.#i.itemSelector)),a=this.#n.getBoundingClientRect(),l=[];let h=!1;for(const D of o){const L=D.getBoundingClientRect();if(this.#u>=L.top&&this.#u<=L.bottom){const H=this.#b(D);if(H){const X=H.getBoundingClientRect();D!==E.activeElement?l.push({el:D,dragRect:X}):h=!0}}}let d=1/0,f,v,_=!1;l.forEach(D=>{const L=D.dragRect.left+D.dragRect.width*.5,H=Math.abs(this.#c-L);H<d&&(f=D.el,v=D.dragRect,d=H,_=this.#c>L)});const T=this.#i.getUniqueOfModel(E.activeItem);let $=this.#r.findIndex(D=>this.#i.getUniqueOfModel(D)===T);if($===-1&&($=null),f){if(f===E.activeElement)return;const D=this.getItemOfElement(f);if(!D)throw new Error("Could not find model of found element");let L=this.#r.indexOf(D);if(L===-1&&(L=null),$!==null&&L!==null){const z=Math.max(v.width-s.width,0);$<L&&v.left+z<this.#c?_=!0:$>L&&v.right-z>this.#c&&(_=!1)}const H=this.#i.resolvePlacement?this.#i.resolvePlacement({containerElement:this.#n,containerRect:a,item:E.activeItem,itemIndex:$,element:E.activeElement,elementRect:s,relatedElement:f,relatedModel:D,relatedRect:v,relatedIndex:L,placeholderIsInThisRow:h,horizontalPlaceAfter:_,pointerX:this.#c,pointerY:this.#u}):!0;if(H===null)return;let X=!0;if(typeof H=="object")X=H.verticalDirection??!1,_=H.placeAfter;else if(X=H??!1,X===!0&&(_=this.#u>v.top+v.height*.5,$!==null&&L!==null)){const z=Math.max(v.height-s.height,0);$<L&&this.#u>v.top+z?_=!0:$>L&&this.#u<v.bottom-z&&(_=!1)}if(X===!0){let z;if(_===!1){let G=v.left;l.map(ie=>{ie.dragRect.left<G&&(G=ie.dragRect.left,z=ie.el)})}else{let G=v.right;l.map(ie=>{ie.dragRect.right>G&&(G=ie.dragRect.right,z=ie.el)})}z&&(f=z)}const R=o.indexOf(f),j=_?R+1:R;this.#I(j);return}if(this.updateAllowIndication(E.activeItem)!==!1){if(this.#r.length===0)this.#I(0);else if(this.#u<a.top)this.#I(0);else if(this.#u>a.bottom)this.#I(-1);else if(this.#r.length>1&&$!==null){const L=this.#u>s.bottom===!1?this.#T(0,$):this.#T($,this.#r.length);L&&this.#I(L)}}},this.#M=null,this.#P=document.scrollingElement||document.documentElement,this._autoScrollX=0,this._autoScrollY=0,this.#z=()=>{this.#P.scrollLeft+=this._autoScrollX*Hy,this.#P.scrollTop+=this._autoScrollY*Hy,this.#M=requestAnimationFrame(this.#z)},this.#e=e,t.identifier??=Symbol(),t.ignorerSelector??="a,img,iframe,input,textarea,select,option",!t.placeholderClass&&!t.placeholderAttr&&(t.placeholderAttr="drag-placeholder"),this.#i=t,e.addUmbController(this),this.#s=new MutationObserver(s=>{s.forEach(r=>{r.addedNodes.forEach(n=>{n.matches&&n.matches(this.#i.itemSelector)&&this.setupItem(n)}),r.removedNodes.forEach(n=>{n.matches&&n.matches(this.#i.itemSelector)&&this.destroyItem(n)})})})}enable(){this.#l||(this.#l=!0,this.#t&&requestAnimationFrame(this.#f))}disable(){this.#l&&(this.#l=!1,this.#t&&this.#p())}setModel(e){this.#r=e??[]}getModel(){return this.#r}hasItem(e){return this.#r.find(t=>this.#i.getUniqueOfModel(t)===e)!==void 0}getItem(e){return this.#r.find(t=>this.#i.getUniqueOfModel(t)===e)}hostConnected(){this.#t||(this.#t=!0,this.#l&&requestAnimationFrame(this.#f))}hostDisconnected(){this.#t=!1,this.#l&&this.#p()}#f;#p(){if(E.activeSorter===this&&(E.activeSorter=void 0,E.activeElement&&this.#E()),E.dropSorter===this&&(E.dropSorter=void 0),E.lastIndicationSorter===this&&(E.lastIndicationSorter=void 0),this.#s.disconnect(),this.#a=null,this.#n){const e=this.#o?this.#n.shadowRoot??this.#n:this.#n;e.removeEventListener("dragover",this.#g),e.removeEventListener("drop",this.#v),this.#n=void 0}this.#d.forEach(e=>this.destroyItem(e))}async#m(e){if(!E.dropSorter&&e.dataTransfer?.types.includes("text/umb-sorter-identifier#"+this.identifier.toString())){const t=e.dataTransfer?.types.find(s=>s.startsWith("text/umb-sorter-item-unique#"));if(t){const s=t.split("#")?.[1];let r=this.#r.find(n=>this.#i.getUniqueOfModel(n)===s);return r&&(E.activeSorter=this),!r&&(r=await this.#i.onRequestDrop?.({unique:s}),E.activeSorter=void 0,!r)||this.hasItem(s)?!1:(e.dataTransfer.setData("text/umb-sorter-item-accepted","true"),E.activeItem=r,E.activeElement=void 0,E.activeDragElement=void 0,E.dropSorter=this,E.originalIndex=void 0,E.originalSorter=void 0,window.addEventListener("mouseup",this.#x),window.addEventListener("mouseout",this.#x),window.addEventListener("mouseleave",this.#x),window.addEventListener("mousemove",this.#k),this.#a||(this.#a=Fy(this.#n)),!0)}}return!1}#g;#v;#b(e){return this.#i.draggableSelector?(e.shadowRoot??e).querySelector(this.#i.draggableSelector)??e:e}#y(e){return this.#i.handleSelector?(e.shadowRoot??e).querySelector(this.#i.handleSelector)??e:e}#w(e){let t=e,s=null;for(;!s;)if(s=t.closest(this.#i.itemSelector),!s){const r=t.getRootNode().host,n=t===r?t.parentElement?.getRootNode()?.host:r;if(n)t=n;else return null}return s}setupItem(e){if(this.#d.includes(e)){console.error("Element already setup",e);return}if(this.#i.ignorerSelector&&x5(e,this.#i.ignorerSelector),!this.#i.disabledItemSelector||!e.matches(this.#i.disabledItemSelector)){const t=this.#b(e);this.#y(e).addEventListener("mousedown",this.#$),t.draggable=!1,t.addEventListener("dragstart",this.#O),t.addEventListener("dragend",this.#E)}if(E.activeItem&&this.#h()){const t=this.#i.getUniqueOfElement(e),s=this.#i.getUniqueOfModel(E.activeItem);t===s&&t!==void 0&&E.activeElement!==e&&this.#S(e)}this.#d.push(e),this.#d=Array.from(new Set(this.#d))}destroyItem(e){this.#i.ignorerSelector&&E5(e,this.#i.ignorerSelector);const t=this.#b(e);t.removeEventListener("dragstart",this.#O),t.removeEventListener("dragend",this.#E),this.#y(e).removeEventListener("mousedown",this.#$),t.draggable=!1,this.#d=this.#d.filter(r=>r!==e)}#_(){this.#i.placeholderClass&&E.activeElement?.classList.add(this.#i.placeholderClass),this.#i.placeholderAttr&&E.activeElement?.setAttribute(this.#i.placeholderAttr,"")}#C(){this.#i.placeholderClass&&E.activeElement?.classList.remove(this.#i.placeholderClass),this.#i.placeholderAttr&&E.activeElement?.removeAttribute(this.#i.placeholderAttr)}#S(e){if(E.activeElement=e,E.activeDragElement=this.#b(e),!E.activeDragElement)throw new Error('Could not find drag element, query was made with the `draggableSelector` of "'+this.#i.draggableSelector+'"');this.#_()}#$;#A;#O;#E;#k;#x;#U(){if(this.#L(),this.#B(),this.removeAllowIndication(),E.activeElement&&E.activeItem){const e=E.activeElement;this.#i.onEnd&&this.#i.onEnd({item:E.activeItem,element:e})}E.activeDragElement&&(E.activeDragElement.style.transform="",E.activeDragElement.draggable=!1,E.activeDragElement.removeEventListener("dragend",this.#E)),this.#C(),E.rqaId&&(cancelAnimationFrame(E.rqaId),E.rqaId=void 0),E.activeItem=void 0,E.activeElement=void 0,E.activeDragElement=void 0,E.activeSorter=void 0,E.dropSorter=void 0,E.originalIndex=void 0,E.originalSorter=void 0,this.#c=0,this.#u=0}#L(){this.#n&&(this.#n.style.minHeight=""),window.removeEventListener("mouseup",this.#x),window.removeEventListener("mouseout",this.#x),window.removeEventListener("mouseleave",this.#x),window.removeEventListener("mousemove",this.#k)}#N(e,t){if(!E.activeItem)return;const s=e.touches?e.touches[0].clientX:e.clientX,r=e.touches?e.touches[0].clientY:e.clientY;if(s!==0&&r!==0){if(this.#c===s&&this.#u===r)return;if(this.#c=s,this.#u=r,this.#V(this.#c,this.#u),t){this.#D();return}const n=E.activeDragElement?.getBoundingClientRect();n&&ey(this.#c,this.#u,n)||E.rqaId===void 0&&(E.rqaId=requestAnimationFrame(this.#D))}}#D;#T(e,t){if(e===t)return e;const s=e+Math.round((t-e)*.5);if(s===e||s===t)return t;const r=this.#R(s);if(r===null)throw new Error("Could not determine if below target");return r?this.#T(s,t):this.#T(e,s)}#R(e){if(e>0&&e<this.#r.length){const t=this.getElementOfItem(this.#r[e]);if(t)return this.#u>t?.getBoundingClientRect().bottom}return null}async#I(e){if(!E.activeItem)return;const t=E.dropSorter;if(!t)throw new Error("Could not find requestingSorter");if(t!==this)throw new Error("Requesting sorter is not this sorter");t===E.activeSorter&&E.activeIndex===e||await t.moveItemInModel(e,E.activeSorter)}getItemOfElement(e){if(!e)throw new Error("Element was not defined");const t=this.#i.getUniqueOfElement(e);if(t===void 0){console.error("Could not find unique of element",e);return}return this.#r.find(s=>t===this.#i.getUniqueOfModel(s))}getElementOfItem(e){const t=this.#i.getUniqueOfModel(e);if(t===void 0){console.error("Sorter could not find unique of item",e);return}return this.#d.find(s=>t===this.#i.getUniqueOfElement(s))}async removeItem(e){if(!e)return!1;if(this.#i.performItemRemove)return await this.#i.performItemRemove({item:e})??!1;{const t=this.#i.getUniqueOfModel(e),s=this.#r.filter(r=>this.#i.getUniqueOfModel(r)!==t);if(this.#r.length!==s.length)return this.#r=s,this.#i.onChange?.({model:s,item:e}),!0}return!1}hasOtherItemsThan(e){return this.#r.filter(t=>t!==e).length>0}async moveItemInModel(e,t){if(!E.activeItem)return console.error("There is no active item to move"),!1;const s=this.#i.getUniqueOfModel(E.activeItem);if(!s)return console.error("Failed to retrieve active item unique"),!1;let r;if(t){const o=t.getItem(s);if(!o)return console.error("Could not find item of model to move",s,this.#r),!1;r=o}else if(r=E.activeItem,!r)return!1;if(this.notifyRequestMove({item:r})===!1)return!1;let n=t===this;if(!n){if(t){if(await t.removeItem(r)!==!0)return console.error("Sorter could not remove item before moving to a new container"),!1}else if(!t){if(!this.#i.requestExternalRemove)return console.error("Sorter needs the requestExternalRemove to be defined, therefor we cannot drop the external item"),!1;if(E.activeSorter=this,t=this,await this.#i.requestExternalRemove({item:r})!==!0)return console.error("Sorter could not remove the item before moving to a new container"),!1;if(await this.#i.requestExternalInsert?.({item:r})!==!0)return console.error("Sorter could not insert the item into the new container"),!1;this.#r.find(o=>this.#i.getUniqueOfModel(o)===s)&&(n=!0)}}if(!n){if(this.#i.performItemInsert){if(await this.#i.performItemInsert({item:r,newIndex:e})===!1)return console.error("Sync could not insert after a move a new container"),!1;E.activeSorter=this,E.dropSorter=this,E.activeIndex=this.#r.findIndex(a=>this.#i.getUniqueOfModel(a)===s)??0}else{const o=[...this.#r];o.splice(e,0,r),this.#r=o,this.#i.onContainerChange?.({model:o,item:r,from:t}),this.#i.onChange?.({model:o,item:r}),E.activeSorter=this,E.dropSorter=this,E.activeIndex=e}return!0}if(n){const o=this.#r.findIndex(a=>this.#i.getUniqueOfModel(a)===s);if(o===-1)return console.error("Could not find item in model when performing internal move",this.getHostElement(),this.#r),!1;if(this.#i.performItemMove){if(await this.#i.performItemMove({item:r,newIndex:e,oldIndex:o})===!1)return!1}else{const a=[...this.#r];a.splice(o,1),o<=e&&e--,a.splice(e,0,r),this.#r=a,this.#i.onChange?.({model:a,item:r})}E.activeIndex=e}return!0}updateAllowIndication(e){return E.lastIndicationSorter&&E.lastIndicationSorter!==this&&E.lastIndicationSorter.notifyAllowed(),E.lastIndicationSorter=this,this.notifyRequestMove({item:e})===!0?(this.notifyAllowed(),!0):(this.notifyDisallowed(),!1)}removeAllowIndication(){E.lastIndicationSorter&&E.lastIndicationSorter.notifyAllowed(),E.lastIndicationSorter=void 0}#M;#P;#V(e,t){let s=null;this.#a?(this.#P=this.#a,s=this.#P.getBoundingClientRect()):(this.#P=document.scrollingElement||document.documentElement,s={top:0,left:0,bottom:window.innerHeight,right:window.innerWidth,height:window.innerHeight,width:window.innerWidth});const r=this.#P.scrollWidth,n=this.#P.scrollHeight,o=s.width<r,a=s.height<n,l=this.#P.scrollLeft,h=this.#P.scrollTop;cancelAnimationFrame(this.#M),(o||a)&&(this._autoScrollX=Math.abs(s.right-e)<=mu&&l+s.width<r?1:Math.abs(s.left-e)<=mu&&l?-1:0,this._autoScrollY=Math.abs(s.bottom-t)<=mu&&h+s.height<n?1:Math.abs(s.top-t)<=mu&&h?-1:0,this.#M=requestAnimationFrame(this.#z))}#z;#B(){cancelAnimationFrame(this.#M),this.#M=null}notifyDisallowed(){this.#i.onDisallowed&&this.#i.onDisallowed({item:E.activeItem,element:E.activeElement})}notifyAllowed(){this.#i.onAllowed&&this.#i.onAllowed({item:E.activeItem,element:E.activeElement})}notifyRequestMove(e){return this.#i.onRequestMove?this.#i.onRequestMove(e)||!1:!0}}E=yn;function k5(i){return`${i.entityType}:${i.unique}`}function T5(){return"icon-circle-dotted"}var Cb=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Xc=class extends I{constructor(){super(...arguments),this.standalone=!1}render(){return this.item?c`
			<uui-ref-node
				name=${this.item.name??`${k5(this.item)}`}
				?standalone=${this.standalone}
				readonly>
				<slot name="actions" slot="actions"></slot>
				${this.#e(this.item)}
			</uui-ref-node>
		`:w}#e(e){const t=e.icon||T5();return c`<umb-icon slot="icon" name=${t}></umb-icon>`}};Cb([u({type:Object})],Xc.prototype,"item",void 0);Cb([u({type:Boolean})],Xc.prototype,"standalone",void 0);Xc=Cb([A("umb-default-item-ref")],Xc);var ri=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Nt=class extends I{#e;#t;set item(e){const t=this.#t;if(this.#t=e,e!==t&&e){if(this._component&&e.entityType===t?.entityType){this._component.item=e;return}this.#l.setAddendum("ref/"+e.entityType+"/"+e.unique),this.#f(e.entityType)}}get item(){return this.#t}#i=!1;get readonly(){return this.#i}set readonly(e){this.#i=e,this._component&&(this._component.readonly=this.#i)}#s=!1;get standalone(){return this.#s}set standalone(e){this.#s=e,this._component&&(this._component.standalone=this.#s)}#r=!1;get selectOnly(){return this.#r}set selectOnly(e){this.#r=e,this._component&&(this._component.selectOnly=this.#r)}#n=!1;get selectable(){return this.#n}set selectable(e){this.#n=e,this._component&&(this._component.selectable=this.#n)}#o=!1;get selected(){return this.#o}set selected(e){this.#o=e,this._component&&(this._component.selected=this.#o)}#a=!1;get disabled(){return this.#a}set disabled(e){this.#a=e,this._component&&(this._component.disabled=this.#a)}#l=new Fm(this);#c(e){e.stopPropagation();const t=this.item?.unique;if(!t)throw new Error("No unique id found for item");this.dispatchEvent(new Da(t))}#u(e){e.stopPropagation();const t=this.item?.unique;if(!t)throw new Error("No unique id found for item");this.dispatchEvent(new Ua(t))}firstUpdated(e){super.firstUpdated(e),this.setAttribute(Wo,"entity-item-ref")}#d=this.#c.bind(this);#h=this.#u.bind(this);#f(e){this.#e&&this.#e.destroy(),this.#e=new Lm(this,Ee,"entityItemRef",t=>t.forEntityTypes.includes(e),t=>{this._component?.remove();const s=t[0]?.component||document.createElement("umb-default-item-ref");s.item=this.item,s.readonly=this.readonly,s.standalone=this.standalone,s.selectOnly=this.selectOnly,s.selectable=this.selectable,s.selected=this.selected,s.disabled=this.disabled,s.addEventListener(Da.TYPE,this.#d),s.addEventListener(Ua.TYPE,this.#h);const r=document.createElement("slot");r.name="actions",r.setAttribute("slot","actions"),s.appendChild(r),this._component=s},void 0,void 0,{single:!0})}render(){return this._component?c`${this._component}`:this.error?c`
				<uui-ref-node
					style="color: var(--uui-color-danger);"
					.name=${this.localize.string(this.errorMessage??"#general_notFound")}
					.detail=${this.errorDetail??""}
					.readonly=${this.readonly}
					.standalone=${this.standalone}
					.selectOnly=${this.selectOnly}
					.selected=${this.selected}
					.disabled=${this.disabled}>
					<uui-icon slot="icon" name="icon-alert" style="color: var(--uui-color-danger);"></uui-icon>
					<slot name="actions"></slot>
				</uui-ref-node>
			`:c`<uui-loader-bar style="margin-top:10px;"></uui-loader-bar>`}destroy(){this._component?.removeEventListener(Da.TYPE,this.#d),this._component?.removeEventListener(Ua.TYPE,this.#h),super.destroy()}static{this.styles=[g`
			:host {
				display: block;
				position: relative;
			}

			:host::after {
				content: '';
				position: absolute;
				z-index: 1;
				pointer-events: none;
				inset: 0;
				border: 1px solid transparent;
				border-radius: var(--uui-border-radius);

				transition: border-color 240ms ease-in;
			}

			:host([drag-placeholder]) {
				--uui-color-focus: transparent;
			}

			:host([drag-placeholder])::after {
				display: block;
				border-width: 2px;
				border-color: var(--uui-color-interactive-emphasis);
				animation: ${QE};
			}
			:host([drag-placeholder])::before {
				content: '';
				position: absolute;
				pointer-events: none;
				inset: 0;
				border-radius: var(--uui-border-radius);
				background-color: var(--uui-color-interactive-emphasis);
				opacity: 0.12;
			}
			:host([drag-placeholder]) > * {
				transition: opacity 50ms 16ms;
				opacity: 0;
			}
		`]}};ri([m()],Nt.prototype,"_component",void 0);ri([u({type:Object,attribute:!1})],Nt.prototype,"item",null);ri([u({type:Boolean,reflect:!0})],Nt.prototype,"readonly",null);ri([u({type:Boolean,reflect:!0})],Nt.prototype,"standalone",null);ri([u({type:Boolean,attribute:"select-only",reflect:!0})],Nt.prototype,"selectOnly",null);ri([u({type:Boolean,reflect:!0})],Nt.prototype,"selectable",null);ri([u({type:Boolean,reflect:!0})],Nt.prototype,"selected",null);ri([u({type:Boolean,reflect:!0})],Nt.prototype,"disabled",null);ri([u({type:Boolean})],Nt.prototype,"error",void 0);ri([u({type:String,attribute:"error-message",reflect:!1})],Nt.prototype,"errorMessage",void 0);ri([u({type:String,attribute:"error-detail",reflect:!1})],Nt.prototype,"errorDetail",void 0);Nt=ri([A("umb-entity-item-ref")],Nt);var jt=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Pt=class extends wr(I,void 0){#e;set min(e){this.#t.min=e}get min(){return this.#t.min}set max(e){this.#t.max=e}get max(){return this.#t.max}set selection(e){this.#t.setSelection(e),this.#e.setModel(e)}get selection(){return this.#t.getSelection()}set value(e){this.selection=Vo(e)}get value(){return this.selection.length>0?this.selection.join(","):void 0}#t;constructor(){super(),this.#e=new yn(this,{getUniqueOfElement:e=>e.id,getUniqueOfModel:e=>e,identifier:"Umb.SorterIdentifier.InputDocumentType",itemSelector:"uui-ref-node-document-type",containerSelector:"uui-ref-list",onChange:({model:e})=>{this.selection=e,this.dispatchEvent(new ut)}}),this.elementTypesOnly=!1,this.documentTypesOnly=!1,this.minMessage="This field need more items",this.maxMessage="This field exceeds the allowed amount of items",this._editPath="",this.#t=new w5(this),new rn(this,n5).addAdditionalPath("document-type").onSetup(()=>({})).observeRouteBuilder(e=>{this._editPath=e({})}),this.addValidator("rangeUnderflow",()=>this.minMessage,()=>!!this.min&&this.#t.getSelection().length<this.min),this.addValidator("rangeOverflow",()=>this.maxMessage,()=>!!this.max&&this.#t.getSelection().length>this.max),this.observe(this.#t.selection,e=>this.value=e.join(","),"_observeSelection"),this.observe(this.#t.selectedItems,e=>this._items=e,"_observerItems"),this.observe(this.#t.statuses,e=>this._statuses=e,"_observeStatuses")}getFormElement(){}#i(){if(this.documentTypesOnly)return e=>!e.isFolder&&e.isElement===!1;if(this.elementTypesOnly)return e=>e.isElement}#s(){if(this.documentTypesOnly&&this.elementTypesOnly)throw new Error("You cannot set both documentTypesOnly and elementTypesOnly to true.");const e={};this.documentTypesOnly?e.documentTypesOnly=!0:this.elementTypesOnly&&(e.elementTypesOnly=!0),this.#t.openPicker({hideTreeRoot:!0,pickableFilter:this.#i()},e)}#r(e){this.#t.requestRemoveItem(e)}render(){return c`${this.#o()} ${this.#n()}`}#n(){return this.readonly||this.max>0&&this.selection.length>=this.max?w:c`
			<uui-button
				id="btn-add"
				look="placeholder"
				@click=${this.#s}
				label="${this.localize.term("general_choose")}"></uui-button>
		`}#o(){return this._statuses?c`
			<uui-ref-list>
				${he(this._statuses,e=>e.unique,e=>{const t=e.unique,s=this._items?.find(o=>o.unique===t);if(e.state.type==="error")return c`
								<umb-entity-item-ref
									id=${t}
									.item=${s}
									?error=${!0}
									.errorMessage=${e.state.error}
									.errorDetail=${t}
									?readonly=${this.readonly}
									?standalone=${this.max===1}>
									${Ke(!this.readonly,()=>c`
											<uui-action-bar slot="actions">
												<uui-button
													label=${this.localize.term("general_remove")}
													@click=${()=>this.#r(t)}></uui-button>
											</uui-action-bar>
										`)}
								</umb-entity-item-ref>
							`;if(!s)return w;const n=this._editPath+i5.generateLocal({unique:t});return c`
							<uui-ref-node-document-type id=${t} name=${this.localize.string(s.name)} href=${n}>
								${this.#a(s)}
								<uui-action-bar slot="actions">
									${Ke(!this.readonly,()=>c`
											<uui-button
												label=${this.localize.term("general_remove")}
												@click=${()=>this.#r(t)}></uui-button>
										`)}
								</uui-action-bar>
							</uui-ref-node-document-type>
						`})}
			</uui-ref-list>
		`:w}#a(e){if(e.icon)return c`<umb-icon slot="icon" name=${e.icon}></umb-icon>`}static{this.styles=[g`
			#btn-add {
				width: 100%;
			}
		`]}};jt([u({attribute:!1})],Pt.prototype,"elementTypesOnly",void 0);jt([u({attribute:!1})],Pt.prototype,"documentTypesOnly",void 0);jt([u({type:Number})],Pt.prototype,"min",null);jt([u({type:String,attribute:"min-message"})],Pt.prototype,"minMessage",void 0);jt([u({type:Number})],Pt.prototype,"max",null);jt([u({type:String,attribute:"min-message"})],Pt.prototype,"maxMessage",void 0);jt([u({type:Array})],Pt.prototype,"selection",null);jt([u({type:String})],Pt.prototype,"value",null);jt([u({type:Boolean,attribute:"readonly"})],Pt.prototype,"readonly",void 0);jt([m()],Pt.prototype,"_items",void 0);jt([m()],Pt.prototype,"_statuses",void 0);jt([m()],Pt.prototype,"_editPath",void 0);Pt=jt([A("umb-input-document-type")],Pt);const P5=new W("UmbManagementApiServerEventContext");class S5{#e=new Map;has(e){return this.#e.has(e)}set(e,t){const s={id:e,data:t,timestamp:new Date().toISOString()};this.#e.set(e,s)}get(e){const t=this.#e.get(e);return t?t.data:void 0}getAll(){return Array.from(this.#e.values()).map(e=>e.data)}delete(e){this.#e.delete(e)}clear(){this.#e.clear()}}class A5 extends oe{#e;#t;#i;#s;#r;#n;#o;#a=!1;constructor(e,t){super(e),this.#i=t.create,this.#s=t.read,this.#r=t.update,this.#n=t.delete,this.#e=t.dataCache,this.#t=t.inflightRequestCache,this.consumeContext(P5,s=>{this.#o=s,this.#l()})}async create(e){const{data:t,error:s}=await Gs(this,this.#i(e));return s?{error:s}:this.read(t)}async read(e){let t,s;const r=`read:${e}`;if(this.#a&&this.#e.has(e))t=this.#e.get(e);else{const o=this.#t.has(r)?this.#t.get(r)?.requestPromise:Gs(this,this.#s(e));if(!o)throw new Error(`Failed to create or retrieve 'read' request for ID: ${e} (cache key: ${r}). Aborting read.`);this.#t.set(r,o);try{const{data:a,error:l}=await o;this.#a&&a&&this.#e.set(e,a),t=a,s=l}finally{this.#t.delete(r)}}return{data:t,error:s}}async update(e,t){const{error:s}=await Gs(this,this.#r(e,t));return s?{error:s}:this.read(e)}async delete(e){const{error:t}=await Gs(this,this.#n(e));return this.#a&&!t&&this.#e.delete(e),{error:t}}#l(){this.observe(this.#o?.isConnected,e=>{e!==void 0&&(this.#a=e,this.#a===!1&&this.#e.clear())},"umbObserveServerEventsConnection")}}class I5{#e=new Map;has(e){return this.#e.has(e)}set(e,t){this.#e.set(e,{key:e,requestPromise:t,timestamp:new Date().toISOString()})}get(e){return this.#e.get(e)}delete(e){this.#e.delete(e)}clear(){this.#e.clear()}}const O5=new W("UmbWorkspaceContext",void 0,i=>i.IS_CONTENT_TYPE_WORKSPACE_CONTEXT);var Go=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let on=class extends I{#e;constructor(){super(),this.consumeContext(O5,e=>{this.#e=e,this.#t()})}#t(){this.#e&&(this.observe(this.#e.name,e=>this._name=e,"_observeName"),this.observe(this.#e.alias,e=>this._alias=e,"_observeAlias"),this.observe(this.#e.description,e=>this._description=e,"_observeDescription"),this.observe(this.#e.icon,e=>this._icon=e,"_observeIcon"),this.observe(this.#e.isNew,e=>this._isNew=e,"_observeIsNew"))}async _handleIconClick(){const[e,t]=this._icon?.replace("color-","")?.split(" ")??[],s=await this.getContext(Hh);if(!s)throw new Error("Modal manager not found.");s.open(this,NO,{value:{icon:e,color:t}})?.onSubmit().then(n=>{n.icon&&n.color?this.#e?.setIcon(`${n.icon} color-${n.color}`):n.icon&&this.#e?.setIcon(n.icon)})}#i(e){this.#e?.setName(e.target.value??""),this.#e?.setAlias(e.target.alias??"")}#s(e){this.#e?.setDescription(e.target.value.toString()??"")}render(){return c`
			<div id="header">
				<uui-button id="icon" compact label="icon" look="outline" @click=${this._handleIconClick}>
					<umb-icon name=${S(this._icon)}></umb-icon>
				</uui-button>

				<div id="editors">
					<umb-input-with-alias
						id="name"
						label=${this.localize.term("placeholders_entername")}
						.value=${this._name}
						.alias=${this._alias}
						?auto-generate-alias=${this._isNew}
						@change=${this.#i}
						required
						${Km(this,"$.name",this._name)}
						${Rh()}>
					</umb-input-with-alias>

					<uui-input
						id="description"
						.label=${this.localize.term("placeholders_enterDescription")}
						.value=${this._description}
						.placeholder=${this.localize.term("placeholders_enterDescription")}
						@input=${this.#s}></uui-input>
				</div>
			</div>
		`}static{this.styles=[g`
			:host {
				display: contents;
			}

			#header {
				display: flex;
				flex: 1 1 auto;
				gap: var(--uui-size-space-2);
			}

			#editors {
				display: flex;
				flex: 1 1 auto;
				flex-direction: column;
				gap: 1px;
			}

			#name {
				width: 100%;
				z-index: 1;
			}

			#description {
				width: 100%;
				--uui-input-height: var(--uui-size-8);
				--uui-input-border-color: transparent;
			}

			#description:hover {
				--uui-input-border-color: var(--uui-color-border);
			}

			#icon {
				font-size: var(--uui-size-8);
				height: 60px;
				width: 60px;
				--uui-button-border-color: transparent;
				--uui-button-border-color-hover: var(--uui-color-border);
			}
		`]}};Go([m()],on.prototype,"_name",void 0);Go([m()],on.prototype,"_alias",void 0);Go([m()],on.prototype,"_description",void 0);Go([m()],on.prototype,"_icon",void 0);Go([m()],on.prototype,"_isNew",void 0);on=Go([A("umb-content-type-workspace-editor-header")],on);const U5=new ft("Umb.Modal.DataTypePickerFlowDataTypePicker",{modal:{type:"sidebar",size:"small"}}),D5=new ft("Umb.Modal.DataTypePickerFlow",{modal:{type:"sidebar",size:"medium"}}),R5=new ft(vb,{modal:{type:"sidebar",size:"small"},data:{treeAlias:"Umb.Tree.DataType"}}),vl="data-type",M5="data-type-root",L5="data-type-folder",Ux=_i.generateAbsolute({sectionName:xr,entityType:vl});_i.generateAbsolute({sectionName:xr,entityType:M5});new mt("create/parent/:parentEntityType/:parentUnique",Ux);new mt("edit/:unique",Ux);const Wy=new W("UmbDataTypeDetailStore"),N5="Umb.Repository.DataType.Item",z5=_i.generateAbsolute({sectionName:xr,entityType:L5});new mt("edit/:unique",z5);const Dx=new W("UmbWorkspaceContext",void 0,i=>i.getEntityType?.()==="data-type"),Rx=new ft("Umb.Modal.Workspace",{modal:{type:"sidebar",size:"large"},data:{entityType:"data-type",preset:{}}});class V5 extends Fo{constructor(e){super(e,N5,R5)}}var kr=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let $s=class extends r0(I,""){#e;set min(e){this.#t.min=e}get min(){return this.#t.min}set max(e){this.#t.max=e}get max(){return this.#t.max}set selection(e){this.#t.setSelection(e??[]),this.#e.setModel(e)}get selection(){return this.#t.getSelection()}set value(e){this.selection=Vo(e)}get value(){return this.selection.join(",")}#t;constructor(){super(),this.#e=new yn(this,{getUniqueOfElement:e=>e.id,getUniqueOfModel:e=>e,identifier:"Umb.SorterIdentifier.InputDataType",itemSelector:"uui-ref-node-data-type",containerSelector:"uui-ref-list",onChange:({model:e})=>{this.selection=e,this.dispatchEvent(new ut)}}),this.minMessage="This field need more items",this.maxMessage="This field exceeds the allowed amount of items",this.#t=new V5(this),this.addValidator("rangeUnderflow",()=>this.minMessage,()=>!!this.min&&this.#t.getSelection().length<this.min),this.addValidator("rangeOverflow",()=>this.maxMessage,()=>!!this.max&&this.#t.getSelection().length>this.max),this.observe(this.#t.selection,e=>this.value=e.join(","),"_observeSelection"),this.observe(this.#t.selectedItems,e=>this._items=e,"_observerItems")}getFormElement(){}#i(){this.#t.openPicker({hideTreeRoot:!0})}#s(e){this.#t.requestRemoveItem(e.unique)}render(){return c`${this.#n()} ${this.#r()}`}#r(){return this.max>0&&this.selection.length>=this.max?w:c`
			<uui-button
				id="btn-add"
				look="placeholder"
				@click=${this.#i}
				label="${this.localize.term("general_choose")}"></uui-button>
		`}#n(){return this._items?c`
			<uui-ref-list>
				${he(this._items,e=>e.unique,e=>this.#o(e))}
			</uui-ref-list>
		`:w}#o(e){if(e.unique)return c`
			<uui-ref-node-data-type name=${e.name} id=${e.unique}>
				<uui-action-bar slot="actions">
					<uui-button @click=${()=>this.#s(e)} label=${this.localize.term("general_remove")}></uui-button>
				</uui-action-bar>
			</uui-ref-node-data-type>
		`}static{this.styles=[g`
			#btn-add {
				width: 100%;
			}
		`]}};kr([u({type:Number})],$s.prototype,"min",null);kr([u({type:String,attribute:"min-message"})],$s.prototype,"minMessage",void 0);kr([u({type:Number})],$s.prototype,"max",null);kr([u({type:String,attribute:"min-message"})],$s.prototype,"maxMessage",void 0);kr([u({type:Array})],$s.prototype,"selection",null);kr([u()],$s.prototype,"value",null);kr([m()],$s.prototype,"_items",void 0);$s=kr([A("umb-data-type-input")],$s);var td=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let yl=class extends wr(I,""){getFormElement(){}set value(e){super.value=e??"",this._ids=super.value.split(",").map(t=>t.trim()).filter(t=>t.length!==0)}get value(){return super.value?.toString()??""}#e;constructor(){super(),this.#e=new rn(this,Rx),new rn(this,D5).onSetup(()=>({data:{},value:{selection:this._ids??[]}})).onSubmit(e=>{this.value=e?.selection.join(",")??"",this.dispatchEvent(new ut)}).observeRouteBuilder(e=>{this._createRoute=e(null)})}firstUpdated(e){super.firstUpdated(e),this.addValidator("valueMissing",()=>Gm,()=>this.hasAttribute("required")&&!this.value)}focus(){this.shadowRoot?.querySelector("umb-ref-data-type")?.focus()}render(){return this._ids&&this._ids.length>0?c`
					<umb-ref-data-type
						data-type-id=${this._ids[0]}
						@open=${()=>{this.#e?.open({},"edit/"+this._ids[0])}}
						standalone>
						<uui-action-bar slot="actions">
							<uui-button label="Change" .href=${this._createRoute}></uui-button>
						</uui-action-bar>
					</umb-ref-data-type>
				`:c`
					<uui-button
						id="empty-state-button"
						label="Select Property Editor"
						look="placeholder"
						color="default"
						@blur=${()=>{this.pristine=!1}}
						.href=${this._createRoute}></uui-button>
				`}static{this.styles=[g`
			#empty-state-button {
				width: 100%;
				--uui-button-padding-top-factor: 4;
				--uui-button-padding-bottom-factor: 4;
			}
			:host(:invalid:not([pristine])) #empty-state-button {
				--uui-button-border-color: var(--uui-color-invalid);
				--uui-button-border-width: 2px;
				--uui-button-contrast: var(--uui-color-invalid);
			}
		`]}};td([m()],yl.prototype,"_ids",void 0);td([u({type:String,attribute:!1})],yl.prototype,"value",null);td([m()],yl.prototype,"_createRoute",void 0);yl=td([A("umb-data-type-flow-input")],yl);const B5=new S5;class $b extends A5{static#e=new I5;constructor(e){super(e,{create:t=>uu.postDataType({body:t}),read:t=>uu.getDataTypeById({path:{id:t}}),update:(t,s)=>uu.putDataTypeById({path:{id:t},body:s}),delete:t=>uu.deleteDataTypeById({path:{id:t}}),dataCache:B5,inflightRequestCache:$b.#e})}}class j5 extends oe{#e=new $b(this);#t="umbEditorDataSource";async createScaffold(e={}){return{data:{entityType:vl,unique:Ma.new(),name:"",editorAlias:void 0,editorUiAlias:null,values:[],...e}}}async read(e){if(!e)throw new Error("Unique is missing");const{data:t,error:s}=await this.#e.read(e);return{data:t?this.#i(t):void 0,error:s}}async create(e,t=null){if(!e)throw new Error("Data Type is missing");if(!e.unique)throw new Error("Data Type unique is missing");if(!e.editorAlias)throw new Error("Property Editor Alias is missing");if(!e.editorUiAlias)throw new Error("Property Editor UI Alias is missing");const s=[...e.values];if(e.editorDataSourceAlias){const a={alias:this.#t,value:e.editorDataSourceAlias};s.unshift(a)}const r={id:e.unique,parent:t?{id:t}:null,name:e.name,editorAlias:e.editorAlias,editorUiAlias:e.editorUiAlias,values:s},{data:n,error:o}=await this.#e.create(r);return{data:n?this.#i(n):void 0,error:o}}async update(e){if(!e.unique)throw new Error("Unique is missing");if(!e.editorAlias)throw new Error("Property Editor Alias is missing");if(!e.editorUiAlias)throw new Error("Property Editor UI Alias is missing");const t=[...e.values];if(e.editorDataSourceAlias){const o={alias:this.#t,value:e.editorDataSourceAlias};t.unshift(o)}const s={name:e.name,editorAlias:e.editorAlias,editorUiAlias:e.editorUiAlias,values:t},{data:r,error:n}=await this.#e.update(e.unique,s);return{data:r?this.#i(r):void 0,error:n}}async delete(e){if(!e)throw new Error("Unique is missing");return this.#e.delete(e)}#i(e){let t=e.values;const s=t?.findIndex(n=>n.alias===this.#t);let r;return s!==-1&&(r=t?.[s].value,t=t?.filter(n=>n.alias!==this.#t)??[]),{entityType:vl,unique:e.id,name:e.name,editorAlias:e.editorAlias,editorUiAlias:e.editorUiAlias||null,editorDataSourceAlias:r,values:t}}}class q5 extends CU{#e;#t;constructor(e){super(e,j5,Wy),this.#e=this.consumeContext(Wy,t=>{this.#t=t}).asPromise({preventTimeout:!0}).catch(()=>{this.#t=void 0})}async byPropertyEditorUiAlias(e){if(!e)throw new Error("propertyEditorUiAlias is missing");return await this.#e,this.#t.withPropertyEditorUiAlias(e)}}var Rl=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let wo=class extends Dh(ae){constructor(){super(...arguments),this.fallbackIcon='<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" fill="currentColor"><path d="M255.981 440.734c-4.422 0-8.895-.159-13.293-.471l1.682-23.62c15.395 1.095 31.076-.014 46.053-3.277l5.039 23.137a185.943 185.943 0 0 1-39.481 4.231zm-43.253-5.094a183.61 183.61 0 0 1-49.174-19.657l11.864-20.49a159.927 159.927 0 0 0 42.833 17.123l-5.523 23.024zm111.734-8.02l-8.781-21.991a160.553 160.553 0 0 0 39.949-23.097l14.666 18.593a184.376 184.376 0 0 1-45.834 26.495zm-185.815-28.926a185.575 185.575 0 0 1-35.652-39.114l19.596-13.293a161.956 161.956 0 0 0 31.105 34.125l-15.049 18.282zm253.834-18.216l-17.492-15.96a161.321 161.321 0 0 0 25.924-38.192l21.297 10.353a184.986 184.986 0 0 1-29.729 43.799zM88.097 333.183a183.381 183.381 0 0 1-14.977-50.791l23.438-3.355a159.869 159.869 0 0 0 13.047 44.243l-21.508 9.903zm345.082-24.798l-22.711-6.705c4.355-14.761 6.566-30.131 6.566-45.679h23.678c0 17.818-2.533 35.444-7.533 52.384zM94.96 252.634l-23.672-.483c.365-17.809 3.266-35.378 8.625-52.224l22.566 7.181c-4.671 14.677-7.203 29.996-7.519 45.526zm320.881-16.346a159.854 159.854 0 0 0-12.115-44.503l21.713-9.45a183.696 183.696 0 0 1 13.908 51.088l-23.506 2.865zM112.546 182.67l-21.072-10.798a184.915 184.915 0 0 1 30.633-43.168l17.154 16.319a161.599 161.599 0 0 0-26.715 37.647zm278.68-14.155a161.801 161.801 0 0 0-30.389-34.763l15.426-17.966a185.512 185.512 0 0 1 34.832 39.846l-19.869 12.883zm-232.239-41.101l-14.273-18.894a184.318 184.318 0 0 1 46.375-25.533l8.322 22.169a160.705 160.705 0 0 0-40.424 22.258zm180.444-9.19a160.053 160.053 0 0 0-42.466-18.02l6.009-22.903a183.633 183.633 0 0 1 48.748 20.684l-12.291 20.239zM224.825 97.956l-4.553-23.239a186.147 186.147 0 0 1 35.705-3.45h.004c5.711 0 11.473.266 17.129.786l-2.174 23.58c-15.306-1.414-31.072-.624-46.111 2.323z"/></svg>',this.repository=new q5(this),this.propertyEditorUiAlias="",this.propertyEditorSchemaAlias=""}get dataTypeId(){}set dataTypeId(e){this.setDataTypeId(e)}async setDataTypeId(e){e?this.observe((await this.repository.requestByUnique(e)).asObservable?.(),t=>{t&&(this.name=t.name??"",this.propertyEditorSchemaAlias=t.editorAlias??"",(t.editorUiAlias??this.propertyEditorUiAlias!=="")&&(this.propertyEditorUiAlias=t.editorUiAlias??"",this.#e()))},"dataType"):this.removeUmbControllerByAlias("dataType")}async#e(){this.propertyEditorUiAlias&&this.observe(Ee.byTypeAndAlias("propertyEditorUi",this.propertyEditorUiAlias),async e=>{const t=e?.meta.icon;t&&this.#t(t)},"_observeIcon")}#t(e){if(e!==""&&e!==null){const t=new ir(ir.ICON_REQUEST,{detail:{iconName:e}});this.dispatchEvent(t),t.icon!==null&&t.icon.then(s=>{this.fallbackIcon=s})}}renderDetail(){const e=[];return this.propertyEditorUiAlias!==""?e.push(this.propertyEditorUiAlias):e.push("Property Editor UI Missing"),this.detail!==""&&e.push(this.detail),c`<small id="detail">${e.join(" | ")}<slot name="detail"></slot></small>`}static{this.styles=[...ae.styles,g`
			#detail {
				word-break: break-all;
			}
		`]}};Rl([m()],wo.prototype,"fallbackIcon",void 0);Rl([u({type:String,attribute:"data-type-id"})],wo.prototype,"dataTypeId",null);Rl([m()],wo.prototype,"propertyEditorUiAlias",void 0);Rl([m()],wo.prototype,"propertyEditorSchemaAlias",void 0);wo=Rl([A("umb-ref-data-type")],wo);var Mx=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let qf=class extends I{#e;constructor(){super(),this._properties=[],this.consumeContext(Dx,e=>{this.#e=e,this.#t()})}#t(){this.#e&&this.observe(this.#e.properties,e=>{this._properties=e},"observeProperties")}render(){return this._properties?.length>0?he(this._properties,e=>e.alias,e=>c`<umb-property
							data-path="$.values[${WO(e)}].value"
							label=${e.label}
							description=${S(e.description)}
							alias=${e.alias}
							property-editor-ui-alias=${e.propertyEditorUiAlias}
							property-editor-data-source-alias=${S(e.propertyEditorDataSourceAlias)}
							.config=${e.config}
							.validation=${e.validation}></umb-property>`):c`<umb-localize key="editdatatype_noConfiguration"
					>There is no configuration for this property editor.</umb-localize
				>`}static{this.styles=[J]}};Mx([m()],qf.prototype,"_properties",void 0);qf=Mx([A("umb-property-editor-config")],qf);var Ml=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let xo=class extends wr(I){#e;#t;constructor(){super(),this.consumeContext(Dx,e=>{this.#e=e}),this.addValidator("customError",()=>this.localize.term("missingEditor_dataTypeMissingEditorUiMessage"),()=>!this.propertyEditorUiName),this.addValidator("customError",()=>this.localize.term("missingEditor_dataTypeMissingEditorMessage"),()=>this.propertyEditorUiAlias===Ly)}getFormElement(){}#i(e){this.#t&&this.removeFormControlElement(this.#t),this.#t=e,this.#t&&this.addFormControlElement(this.#t)}async#s(){const e=await A1(this,KU,{value:{selection:this.propertyEditorUiAlias?[this.propertyEditorUiAlias]:[]}}).catch(()=>{});e&&this.#e?.setPropertyEditorUiAlias(e.selection[0])}#r(){if(!this.propertyEditorUiAlias||!this.propertyEditorSchemaAlias)return w;let e=this.localize.string(this.propertyEditorUiName),t=this.propertyEditorUiAlias,s=!1;return this.propertyEditorUiName||(e=this.localize.term("missingEditor_dataTypeMissingEditorUi"),s=!0),this.propertyEditorUiAlias===Ly&&(e=this.localize.term("missingEditor_dataTypeMissingEditor"),t="",s=!0),c`
			<umb-ref-property-editor-ui
				name=${e??""}
				alias=${t}
				property-editor-schema-alias=${this.propertyEditorSchemaAlias}
				standalone
				?error=${s}
				@open=${this.#s}>
				${this.propertyEditorUiIcon?c`<umb-icon name=${this.propertyEditorUiIcon} slot="icon"></umb-icon>`:w}
				<uui-action-bar slot="actions">
					<uui-button
						label=${this.localize.term("general_change")}
						@click=${this.#s}></uui-button>
				</uui-action-bar>
			</umb-ref-property-editor-ui>
		`}#n(){return c`
			<uui-button
				id="btn-add"
				label=${this.localize.term("propertyEditorPicker_title")}
				look="placeholder"
				color="default"
				required
				@click=${this.#s}
				${Fn(this.#i)}></uui-button>
		`}render(){return c`
			${this.propertyEditorUiAlias&&this.propertyEditorSchemaAlias?this.#r():this.#n()}
		`}static{this.styles=[J,g`
			#btn-add {
				display: block;
			}
		`]}};Ml([u({type:String})],xo.prototype,"propertyEditorUiIcon",void 0);Ml([u({type:String})],xo.prototype,"propertyEditorUiName",void 0);Ml([u({type:String})],xo.prototype,"propertyEditorUiAlias",void 0);Ml([u({type:String})],xo.prototype,"propertyEditorSchemaAlias",void 0);xo=Ml([A("umb-data-type-details-workspace-property-editor-picker")],xo);var kb=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Zc=class extends wr(I){getFormElement(){}#e;#t="Umb.PropertyEditorUi.Collection";#i(e){this.value=e,this.dispatchEvent(new ut)}constructor(){super(),new rn(this,U5).addAdditionalPath(":uiAlias").onSetup(e=>({data:{propertyEditorUiAlias:e.uiAlias},value:void 0})).onSubmit(e=>{e?.createNewWithPropertyEditorUiAlias?this.#r():this.#i(e?.dataTypeId??this.defaultValue??"")}).observeRouteBuilder(e=>{this._dataTypePickerModalPath=e({uiAlias:this.#t})}),this.#e=new rn(this,Rx).addAdditionalPath(":uiAlias").onSetup(e=>({data:{entityType:vl,preset:{editorUiAlias:e.uiAlias}}})).onSubmit(e=>{this.#i(e?.unique??this.defaultValue??"")})}#s(){this.#i(void 0)}#r(){this.#e.open({uiAlias:this.#t},`create/parent/${vl}/null`)}#n(){this.#e?.open({},`edit/${this.value}`)}render(){return this.value?this.#a():this.#o()}#o(){return this._dataTypePickerModalPath?c`
			<uui-button
				id="create-button"
				color="default"
				look="placeholder"
				label=${this.localize.term("collection_addCollectionConfiguration")}
				href=${this._dataTypePickerModalPath}></uui-button>
		`:w}#a(){return!this.value||!this._dataTypePickerModalPath?w:c`
			<uui-ref-list>
				<umb-ref-data-type standalone data-type-id=${this.value} @open=${this.#n}>
					<uui-action-bar slot="actions">
						<uui-button
							label=${this.localize.term("general_choose")}
							href=${this._dataTypePickerModalPath}></uui-button>
						<uui-button @click=${this.#s} label=${this.localize.term("general_remove")}></uui-button>
					</uui-action-bar>
				</umb-ref-data-type>
			</uui-ref-list>
		`}static{this.styles=[g`
			#create-button {
				width: 100%;
			}
		`]}};kb([m()],Zc.prototype,"_dataTypePickerModalPath",void 0);kb([u({attribute:"default-value"})],Zc.prototype,"defaultValue",void 0);Zc=kb([A("umb-input-content-type-collection-configuration")],Zc);const H5=new ft("Umb.Modal.LanguagePicker",{modal:{type:"sidebar",size:"small"}}),F5="Umb.Repository.LanguageItem",Lx="language",W5="language-root";_i.generateAbsolute({sectionName:xr,entityType:W5});const Nx=_i.generateAbsolute({sectionName:xr,entityType:Lx});new mt("create",Nx);new mt("edit/:unique",Nx);class G5 extends Fo{constructor(e){super(e,F5,H5)}}var wi=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let ei=class extends r0(I,""){#e;set min(e){this.#i.min=e}get min(){return this.#i.min}set max(e){this.#i.max=e}get max(){return this.#i.max}set selection(e){this.#i.setSelection(e),this.#e.setModel(e)}get selection(){return this.#i.getSelection()}set value(e){this.selection=Vo(e)}get value(){return this.selection.join(",")}get readonly(){return this.#t}set readonly(e){this.#t=e,this.#t?this.#e.disable():this.#e.enable()}#t;#i;constructor(){super(),this.#e=new yn(this,{getUniqueOfElement:e=>e.id,getUniqueOfModel:e=>e,identifier:"Umb.SorterIdentifier.InputLanguage",itemSelector:"umb-entity-item-ref",containerSelector:"uui-ref-list",onChange:({model:e})=>{this.selection=e,this.dispatchEvent(new ut)}}),this.minMessage="This field need more items",this.maxMessage="This field exceeds the allowed amount of items",this.filter=()=>!0,this.#t=!1,this._items=[],this.#i=new G5(this),this.addValidator("rangeUnderflow",()=>this.minMessage,()=>!!this.min&&this.#i.getSelection().length<this.min),this.addValidator("rangeOverflow",()=>this.maxMessage,()=>!!this.max&&this.#i.getSelection().length>this.max),this.observe(this.#i.selection,e=>this.value=e.join(","),"_observeSelection"),this.observe(this.#i.selectedItems,e=>this._items=e,"_observerItems"),this.observe(this.#i.statuses,e=>this._statuses=e,"_observeStatuses")}getFormElement(){}#s(){this.#i.openPicker({filter:this.filter,multiple:this.max>1})}#r(e){this.#i.requestRemoveItem(e)}render(){return c`${this.#o()} ${this.#n()}`}#n(){return this.max>0&&this.selection.length>=this.max?w:c`
			<uui-button
				id="btn-add"
				look="placeholder"
				@click=${this.#s}
				label="${this.localize.term("general_choose")}"></uui-button>
		`}#o(){if(this._statuses)return c`
			<uui-ref-list>
				${he(this._statuses,e=>e.unique,e=>{const t=e.unique,s=this._items?.find(n=>n.unique===t),r=e.state.type==="error";return c`
							<umb-entity-item-ref
								id=${t}
								.item=${s}
								?error=${r}
								.errorMessage=${e.state.error}
								.errorDetail=${r?t:void 0}
								?readonly=${this.readonly}
								?standalone=${this.max===1}>
								${Ke(!this.readonly,()=>c`
										<uui-action-bar slot="actions">
											<uui-button
												label=${this.localize.term("general_remove")}
												@click=${()=>this.#r(t)}></uui-button>
										</uui-action-bar>
									`)}
							</umb-entity-item-ref>
						`})}
			</uui-ref-list>
		`}static{this.styles=[g`
			#btn-add {
				width: 100%;
			}
		`]}};wi([u({type:Number})],ei.prototype,"min",null);wi([u({type:String,attribute:"min-message"})],ei.prototype,"minMessage",void 0);wi([u({type:Number})],ei.prototype,"max",null);wi([u({type:String,attribute:"min-message"})],ei.prototype,"maxMessage",void 0);wi([u({type:Object,attribute:!1})],ei.prototype,"filter",void 0);wi([u({type:Array})],ei.prototype,"selection",null);wi([u()],ei.prototype,"value",null);wi([u({type:Boolean,reflect:!0})],ei.prototype,"readonly",null);wi([m()],ei.prototype,"_items",void 0);wi([m()],ei.prototype,"_statuses",void 0);ei=wi([A("umb-input-language")],ei);class Y5{#e;constructor(e){this.#e=e}async getCollection(e){const{data:t,error:s}=await Gs(this.#e,YA.getLanguage({query:e}));return t?{data:{items:t.items.map(n=>({unique:n.isoCode,name:n.name,entityType:Lx,isDefault:n.isDefault,isMandatory:n.isMandatory,fallbackIsoCode:n.fallbackIsoCode||null})),total:t.total}}:{error:s}}}class K5 extends ox{#e;constructor(e){super(e),this.#e=new Y5(e)}async requestCollection(e){return this.#e.getCollection(e)}}var Tb=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Jc=class extends I{#e;set api(e){this.#e=e,this.#e?.getHref?.().then(t=>{this._href=t})}async#t(e){this._href||(e.stopPropagation(),await this.#e?.execute()),this.dispatchEvent(new Nh)}get label(){return this.manifest?.meta.label?this.localize.string(this.manifest.meta.label):void 0}render(){return c`
			<uui-button @click=${this.#t} look="secondary" label=${S(this.label)} href=${S(this._href)}>
				${this.manifest?.meta.icon?c`<uui-icon name=${this.manifest.meta.icon}></uui-icon>`:w}
				${this.label}
			</uui-button>
		`}static{this.styles=[J]}};Tb([m()],Jc.prototype,"_href",void 0);Tb([u({attribute:!1})],Jc.prototype,"manifest",void 0);Jc=Tb([A("umb-current-user-app-button")],Jc);var Zi=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let bi=class extends I{constructor(){super(),this.providerName="",this.displayName="",this.callback=async()=>({}),this.close=()=>{},this._loading=!0,this._secret="",this._qrCodeSetupImageUrl="",this.consumeContext(Tx,e=>{this.notificationContext=e})}async firstUpdated(){await this.#e(),this._loading=!1}async#e(){if(!this.providerName)throw this.peek("Provider name is required","danger"),new Error("Provider name is required");const{data:e}=await Gs(this,KA.getUserCurrent2FaByProviderName({path:{providerName:this.providerName}})),t=e;if(!t)throw this.peek("No data returned","danger"),new Error("No data returned");if(!t.secret)throw this.peek("The provider did not return a secret.","danger"),new Error("No secret returned");this._secret=t.secret,this._qrCodeSetupImageUrl=t.qrCodeSetupImageUrl}render(){return this._loading?c`<uui-loader-bar></uui-loader-bar>`:c`
			<uui-form>
				<form id="authForm" name="authForm" @submit=${this.submit} novalidate>
					<umb-body-layout headline=${this.displayName}>
						<div id="main">
							<uui-box .headline=${this.localize.term("member_2fa")}>
								<div class="text-center">
									<p>
										<umb-localize key="user_2faQrCodeDescription">
											Scan this QR code with your authenticator app to enable two-factor authentication
										</umb-localize>
									</p>
									<img
										id="qrCode"
										.src=${this._qrCodeSetupImageUrl}
										alt=${this.localize.term("user_2faQrCodeAlt",this.displayName)}
										title=${this.localize.term("user_2faQrCodeTitle",this.displayName)}
										loading="eager" />
								</div>
								<uui-form-layout-item class="text-center">
									<uui-label for="code" slot="label" required>
										<umb-localize key="user_2faCodeInput"></umb-localize>
									</uui-label>
									<uui-input
										id="code"
										name="code"
										type="text"
										inputmode="numeric"
										autocomplete="one-time-code"
										required
										required-message=${this.localize.term("general_required")}
										label=${this.localize.term("user_2faCodeInputHelp")}
										placeholder=${this.localize.term("user_2faCodeInputHelp")}></uui-input>
								</uui-form-layout-item>
							</uui-box>
						</div>
						<div slot="actions">
							<uui-button
								type="button"
								look="secondary"
								.label=${this.localize.term("general_close")}
								@click=${this.close}>
								${this.localize.term("general_close")}
							</uui-button>
							<uui-button
								.state=${this._buttonState}
								type="submit"
								look="primary"
								.label=${this.localize.term("buttons_save")}>
								${this.localize.term("general_submit")}
							</uui-button>
						</div>
					</umb-body-layout>
				</form>
			</uui-form>
		`}peek(e,t){this.notificationContext?.peek(t??"positive",{data:{headline:this.localize.term("member_2fa"),message:e}})}async submit(e){e.preventDefault(),this.codeField?.setCustomValidity("");const t=e.target;if(!t.checkValidity())return;const r=new FormData(t).get("code");if(!r)return;this._buttonState="waiting";const{error:n}=await this.callback(this.providerName,r,this._secret);n?(this._buttonState="failed",Ws.isUmbApiError(n)?n.problemDetails.operationStatus==="InvalidCode"?(this.codeField?.setCustomValidity(this.localize.term("user_2faInvalidCode")),this.codeField?.focus()):this.peek(this.localize.term("user_2faProviderIsNotEnabledMsg",this.displayName??this.providerName),"warning"):this.peek(n.message,"warning")):(this.peek(this.localize.term("user_2faProviderIsEnabledMsg",this.displayName??this.providerName)),this._buttonState="success",this.close())}static{this.styles=[J,g`
			#authForm {
				height: 100%;
			}

			#qrCode {
				width: 100%;
				aspect-ratio: 1;
			}

			#code {
				width: 100%;
				max-width: 300px;
			}

			.text-center {
				text-align: center;
			}
		`]}};Zi([u({attribute:!1})],bi.prototype,"providerName",void 0);Zi([u({attribute:!1})],bi.prototype,"displayName",void 0);Zi([u({attribute:!1})],bi.prototype,"callback",void 0);Zi([u({attribute:!1})],bi.prototype,"close",void 0);Zi([m()],bi.prototype,"_loading",void 0);Zi([m()],bi.prototype,"_secret",void 0);Zi([m()],bi.prototype,"_qrCodeSetupImageUrl",void 0);Zi([m()],bi.prototype,"_buttonState",void 0);Zi([K("#code")],bi.prototype,"codeField",void 0);bi=Zi([A("umb-mfa-provider-default")],bi);const X5="user",Z5="user-root",J5="Umb.CollectionMenu.User";var id=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let _l=class extends I{constructor(){super(...arguments),this.#e=0,this.complete=!1,this.error=!1}#e;set progress(e){const t=s2(Math.ceil(e),0,100);this.#e=t}get progress(){return this.#e}render(){return c` <div id="wrapper">
			<uui-loader-circle .progress=${this.complete||this.error?100:this.progress}></uui-loader-circle>
			<div id="icon">${this.#t()}</div>
		</div>`}#t(){return this.error?c`<uui-icon name="icon-alert"></uui-icon>`:this.complete?c`<uui-icon name="icon-check"></uui-icon>`:`${this.progress}%`}static{this.styles=g`
		#wrapper {
			position: relative;
			height: 75%;
		}

		:host([complete]) {
			uui-loader-circle,
			#icon {
				color: var(--uui-color-positive);
			}
		}
		:host([error]) {
			uui-loader-circle,
			#icon {
				color: var(--uui-color-danger);
			}
		}

		uui-loader-circle {
			z-index: 2;
			inset: 0;
			color: var(--uui-color-focus);
			font-size: var(--uui-size-12);
			width: 100%;
			height: 100%;
		}

		#icon {
			color: var(--uui-color-text);
			font-size: var(--uui-size-6);
			position: absolute;
			top: 50%;
			left: 50%;
			transform: translate(-50%, -50%);
		}
	`}};id([u({type:Number})],_l.prototype,"progress",null);id([u({type:Boolean,reflect:!0})],_l.prototype,"complete",void 0);id([u({type:Boolean,reflect:!0})],_l.prototype,"error",void 0);_l=id([A("umb-temporary-file-badge")],_l);var Gy;(function(i){i.SUCCESS="success",i.WAITING="waiting",i.ERROR="error",i.CANCELLED="cancelled"})(Gy||(Gy={}));const gp=Object.freeze({DEFAULT:"Default",API:"Api"}),Q5="Umb.Repository.User.Item";var Tr=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};const eD="umb-user-avatar";let ks=class extends I{constructor(){super(...arguments),this.kind=gp.DEFAULT,this.#e=[],this._imgSrcSizes=[],this._imgSrc="",this._hasImgUrls=!1}get imgUrls(){return this.#e}set imgUrls(e){this.#e=e,this._hasImgUrls=e.length>0,this.#t()}#e;#t(){if(this.#e.length===0){this._imgSrcSizes=[];return}this._imgSrcSizes=[{w:30,url:this.#e[0]},{w:60,url:this.#e[1]},{w:90,url:this.#e[2]},{w:150,url:this.#e[3]},{w:300,url:this.#e[4]}],this.#i()}firstUpdated(){this.#i()}async#i(){this._hasImgUrls&&this.avatarElement&&setTimeout(()=>{const t=this.avatarElement.getBoundingClientRect().width,s=this._imgSrcSizes.filter(r=>t*1.5<=r.w);this._imgSrc=s[0]?.url},0)}render(){const e={default:this.kind===gp.API,api:this.kind===gp.API,"has-image":this._hasImgUrls};return c`<uui-avatar
			.name=${this.name||"Unknown"}
			img-src=${S(this._imgSrc?this._imgSrc:void 0)}
			class=${Ku(e)}></uui-avatar>`}static{this.styles=[g`
			uui-avatar {
				background-color: transparent;
				color: inherit;
				box-shadow: 0 0 0 1.5px var(--uui-color-border);
			}

			uui-avatar.has-image {
				border-color: transparent;
			}

			uui-avatar.api {
				border-radius: 9%;
			}
		`]}};Tr([u({type:String})],ks.prototype,"name",void 0);Tr([u({type:String})],ks.prototype,"kind",void 0);Tr([u({type:Array,attribute:!1})],ks.prototype,"imgUrls",null);Tr([m()],ks.prototype,"_imgSrcSizes",void 0);Tr([m()],ks.prototype,"_imgSrc",void 0);Tr([m()],ks.prototype,"_hasImgUrls",void 0);Tr([K("uui-avatar")],ks.prototype,"avatarElement",void 0);ks=Tr([A(eD)],ks);var sd=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let wl=class extends I{constructor(){super(...arguments),this.#e=[],this.readonly=!1,this._displayValue=[]}#e;get uniques(){return this.#e}set uniques(e){this.#e=e,this.#e.length>0&&this.#t()}async#t(){const e=await $c(this,"Umb.Repository.DocumentItem"),{asObservable:t}=await e.requestItems(this.#e);this.observe(t?.(),s=>{this._displayValue=s||[]})}render(){return this.uniques.length<1?c`
				<uui-ref-node
					name="Content Root"
					?disabled=${this.readonly}
					style="--uui-color-disabled-contrast: var(--uui-color-text)">
					<uui-icon slot="icon" name="folder"></uui-icon>
				</uui-ref-node>
			`:he(this._displayValue,e=>e.unique,e=>c`
					<!-- TODO: get correct variant name -->
					<uui-ref-node
						name=${e.variants[0]?.name}
						?disabled=${this.readonly}
						style="--uui-color-disabled-contrast: var(--uui-color-text)">
						<uui-icon slot="icon" name="folder"></uui-icon>
					</uui-ref-node>
				`)}};sd([u({type:Array,attribute:!1})],wl.prototype,"uniques",null);sd([u({type:Boolean})],wl.prototype,"readonly",void 0);sd([m()],wl.prototype,"_displayValue",void 0);wl=sd([A("umb-user-document-start-node")],wl);const tD=new ft("Umb.Modal.CollectionItemPicker",{modal:{type:"sidebar",size:"small"},data:{collection:{menuAlias:J5}}});class iD extends Fo{constructor(e){super(e,Q5,tD)}}var ni=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let zt=class extends wr(I,void 0){#e;get min(){return this.#t.min}set min(e){this.#t.min=e}get max(){return this.#t.max}set max(e){this.#t.max=e}set selection(e){this.#t.setSelection(e),this.#e.setModel(e)}get selection(){return this.#t.getSelection()}set value(e){this.selection=Vo(e)}get value(){return this.selection.join(",")}#t;constructor(){super(),this.#e=new yn(this,{getUniqueOfElement:e=>e.id,getUniqueOfModel:e=>e,identifier:"Umb.SorterIdentifier.InputUser",itemSelector:"umb-entity-item-ref",containerSelector:"uui-ref-list",onChange:({model:e})=>{this.selection=e,this.dispatchEvent(new ut)}}),this.readonly=!1,this.minMessage="This field needs more items",this.maxMessage="This field exceeds the allowed amount of items",this.#t=new iD(this),this.addValidator("valueMissing",()=>this.requiredMessage??Gm,()=>!this.readonly&&!!this.required&&(this.value===void 0||this.value===null||this.value==="")),this.addValidator("rangeUnderflow",()=>this.minMessage,()=>!!this.min&&this.#t.getSelection().length<this.min),this.addValidator("rangeOverflow",()=>this.maxMessage,()=>!!this.max&&this.#t.getSelection().length>this.max),this.observe(this.#t.selection,e=>this.value=e.join(","),"_observeSelection"),this.observe(this.#t.selectedItems,e=>this._items=e,"_observerItems"),this.observe(this.#t.statuses,e=>this._statuses=e,"_observeStatuses")}getFormElement(){}#i(){this.#t.openPicker({})}#s(e){this.#t.requestRemoveItem(e)}render(){return c`${this.#n()} ${this.#r()}`}#r(){return this.max>0&&this.selection.length>=this.max?w:c`
			<uui-button
				id="btn-add"
				look="placeholder"
				label=${this.localize.term("general_choose")}
				@click=${this.#i}
				?disabled=${this.readonly}></uui-button>
		`}#n(){return this._statuses?c`
			<uui-ref-list>
				${he(this._statuses,e=>e.unique,e=>this.#o(e))}
			</uui-ref-list>
		`:w}#o(e){const t=e.unique,s=this._items?.find(n=>n.unique===t),r=e.state.type==="error";return c`
			<umb-entity-item-ref
				id=${t}
				.item=${s}
				?error=${r}
				.errorMessage=${e.state.error}
				.errorDetail=${r?t:void 0}
				?standalone=${this.max===1}
				?readonly=${this.readonly}>
				<uui-action-bar slot="actions">
					<uui-button
						label=${this.localize.term("general_remove")}
						@click=${()=>this.#s(t)}></uui-button>
				</uui-action-bar>
			</umb-entity-item-ref>
		`}static{this.styles=[g`
			#btn-add {
				width: 100%;
			}
		`]}};ni([u({type:Boolean,reflect:!0})],zt.prototype,"readonly",void 0);ni([u({type:Boolean})],zt.prototype,"required",void 0);ni([u({type:String})],zt.prototype,"requiredMessage",void 0);ni([u({type:Number})],zt.prototype,"min",null);ni([u({type:String,attribute:"min-message"})],zt.prototype,"minMessage",void 0);ni([u({type:Number})],zt.prototype,"max",null);ni([u({type:String,attribute:"max-message"})],zt.prototype,"maxMessage",void 0);ni([u({type:Array})],zt.prototype,"selection",null);ni([u()],zt.prototype,"value",null);ni([m()],zt.prototype,"_items",void 0);ni([m()],zt.prototype,"_statuses",void 0);zt=ni([A("umb-user-input")],zt);var rd=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let xl=class extends I{constructor(){super(...arguments),this.#e=[],this.readonly=!1,this._displayValue=[]}#e;get uniques(){return this.#e}set uniques(e){this.#e=e,this.#e.length>0&&this.#t()}async#t(){const e=await $c(this,"Umb.Repository.MediaItem"),{asObservable:t}=await e.requestItems(this.#e);this.observe(t?.(),s=>{this._displayValue=s||[]})}render(){return this.uniques.length<1?c`
				<uui-ref-node
					name="Media Root"
					?disabled=${this.readonly}
					style="--uui-color-disabled-contrast: var(--uui-color-text)">
					<uui-icon slot="icon" name="folder"></uui-icon>
				</uui-ref-node>
			`:he(this._displayValue,e=>e.unique,e=>c`
					<!-- TODO: get correct variant name -->
					<uui-ref-node
						name=${S(e.variants[0]?.name)}
						?disabled=${this.readonly}
						style="--uui-color-disabled-contrast: var(--uui-color-text)">
						<uui-icon slot="icon" name="folder"></uui-icon>
					</uui-ref-node>
				`)}};rd([u({type:Array,attribute:!1})],xl.prototype,"uniques",null);rd([u({type:Boolean})],xl.prototype,"readonly",void 0);rd([m()],xl.prototype,"_displayValue",void 0);xl=rd([A("umb-user-media-start-node")],xl);var nd=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let El=class extends I{constructor(){super(...arguments),this.label="",this.description="",this.allowed=!1}#e(e){e.stopPropagation(),this.allowed=e.target.checked,this.dispatchEvent(new ut)}render(){return c`<div id="setting">
			<uui-toggle label=${this.label} ?checked=${this.allowed} @change=${this.#e}>
				<div id="meta">
					<div id="name">${this.label}</div>
					<small>${this.description}</small>
				</div>
			</uui-toggle>
		</div>`}static{this.styles=[J,g`
			:host {
				display: block;
			}

			#setting {
				display: flex;
				align-items: center;
				padding: var(--uui-size-space-3) 0 var(--uui-size-space-4) 0;
			}

			#meta {
				margin-left: var(--uui-size-space-4);
				line-height: 1.2em;
			}

			#name {
				font-weight: bold;
			}
		`]}};nd([u({type:String,attribute:!0})],El.prototype,"label",void 0);nd([u({type:String,attribute:!0})],El.prototype,"description",void 0);nd([u({type:Boolean,attribute:!0})],El.prototype,"allowed",void 0);El=nd([A("umb-input-user-permission-verb")],El);const Pb="user-management";Zh.generateAbsolute({sectionName:Pb});const sD=_i.generateAbsolute({sectionName:Pb,entityType:X5});_i.generateAbsolute({sectionName:Pb,entityType:Z5});new mt("edit/:unique",sD);const rD=new ft("Umb.Modal.Workspace",{modal:{type:"sidebar",size:"large"},data:{entityType:"block",preset:{},originData:{},baseDataPath:void 0}});var Yo=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let an=class extends Ss{#e;#t;#i;constructor(){super(),this.#e=new hx(this,_x),this.#t="",this.#i="",this._groupedBlocks=[],this._filtered=[],this._loading=!0,this.consumeContext(dO,e=>{this.#i=e?.getServerUrl()??""}),this.consumeContext(Tc,e=>{e?.data.createBlockInWorkspace&&new rn(this,rD).onSetup(()=>({data:{preset:{},originData:e.data.originData}})).onSubmit(()=>{this.modalContext?.submit()}).observeRouteBuilder(t=>{this._workspacePath=t({})})}),this.consumeContext(nx,e=>{this._manager=e}),this.observe(this.#e.items,async e=>{this.#s(e)})}connectedCallback(){super.connectedCallback(),this.data&&(this._openClipboard=this.data.openClipboard??!1,this.#e.setUniques(this.data.blocks.map(e=>e.contentElementTypeKey)))}#s(e){if(!e?.length)return;const t=e.reduce((a,l)=>(a[l.unique]={...l,name:this.localize.string(l.name),description:this.localize.string(l.description)},a),{}),s=this.data?.blocks?.map(a=>({...t[a.contentElementTypeKey]??{},...a}))??[],r=this.data?.blockGroups??[],n=s.filter(a=>!r.find(l=>l.key===a.groupKey)),o=r.map(a=>({name:a.name,blocks:s.filter(l=>l.groupKey===a.key)}));this._groupedBlocks=[{blocks:n},...o],this.#r(),this._loading=!1}#r(){if(this.#t.length===0)this._filtered=this._groupedBlocks;else{const e=this.#t.toLowerCase();this._filtered=this._groupedBlocks.map(t=>({...t,blocks:t.blocks.filter(s=>s.label?.toLowerCase().includes(e)||s.name?.toLowerCase().includes(e)||s.description?.toLowerCase().includes(e))}))}}#n(e){this.#t=e.target.value,this.#r()}#o(e){this.value={create:{contentElementTypeKey:e}},this.modalContext?.submit()}async#a(e){const s=e.target?.selection||[];this.value={clipboard:{selection:s}}}render(){return c`
			<umb-body-layout headline=${this.localize.term("blockEditor_addBlock")}>
				${this.#h()}${this.#l()}
				<div slot="actions">
					<uui-button label=${this.localize.term("general_close")} @click=${this._rejectModal}></uui-button>
					<uui-button
						label=${this.localize.term("general_submit")}
						look="primary"
						color="positive"
						@click=${this._submitModal}></uui-button>
				</div>
			</umb-body-layout>
		`}#l(){return this._manager?this._openClipboard?this.#c():this.#u():w}#c(){return c`
			<umb-clipboard-entry-picker
				.config=${{multiple:!0,asyncFilter:this.data?.clipboardFilter}}
				@selection-change=${this.#a}></umb-clipboard-entry-picker>
		`}#u(){return this._loading?c`<div id="loader"><uui-loader></uui-loader></div>`:c`
			${Ke(this.data?.blocks&&this.data?.blocks.length>8,()=>c`
					<uui-input
						id="search"
						@input=${this.#n}
						label=${this.localize.term("general_search")}
						placeholder=${this.localize.term("placeholders_search")}>
						<uui-icon name="icon-search" slot="prepend"></uui-icon>
					</uui-input>
				`)}
			${he(this._filtered,e=>e.name,e=>c`
					${Ke(e.name&&e.blocks.length!==0&&e.name!=="",()=>c`<h4>${e.name}</h4>`)}
					<div class="blockGroup">
						${he(e.blocks,t=>t.contentElementTypeKey,t=>this.#d(t))}
					</div>
				`)}
		`}#d(e){const t=this._workspacePath&&this._manager.getContentTypeHasProperties(e.contentElementTypeKey)?`${this._workspacePath}create/${e.contentElementTypeKey}`:void 0,s=e.thumbnail?gI(e.thumbnail):void 0,r=s?new URL(s,this.#i)?.href:void 0;return c`
			<uui-card-block-type
				href=${S(t)}
				name=${e.name}
				description=${S(e.description)}
				.background=${e.backgroundColor}
				@open=${()=>this.#o(e.contentElementTypeKey)}>
				${Ke(r,n=>c`<img src=${n} alt="" />`,()=>c`<umb-icon name=${e.icon??""} color=${S(e.iconColor)}></umb-icon>`)}
				<slot name="actions" slot="actions"> </slot>
			</uui-card-block-type>
		`}#h(){return c`
			<uui-tab-group slot="navigation">
				<uui-tab
					label=${this.localize.term("blockEditor_tabCreateEmpty")}
					?active=${!this._openClipboard}
					@click=${()=>this._openClipboard=!1}>
					<umb-localize key=${this.localize.term("blockEditor_tabCreateEmpty")}>Create Empty</umb-localize>
					<uui-icon slot="icon" name="icon-add"></uui-icon>
				</uui-tab>
				<uui-tab
					label=${this.localize.term("blockEditor_tabClipboard")}
					?active=${this._openClipboard}
					@click=${()=>this._openClipboard=!0}>
					<umb-localize key=${this.localize.term("blockEditor_tabClipboard")}>Clipboard</umb-localize>
					<uui-icon slot="icon" name="icon-clipboard"></uui-icon>
				</uui-tab>
			</uui-tab-group>
		`}static{this.styles=[g`
			#loader {
				display: flex;
				justify-content: center;
			}

			#search {
				width: 100%;
				align-items: center;
				margin-bottom: var(--uui-size-layout-1);

				> uui-icon {
					padding-left: var(--uui-size-space-3);
				}
			}

			.blockGroup {
				display: grid;
				gap: 1rem;
				grid-template-columns: repeat(auto-fill, minmax(min(var(--umb-card-medium-min-width), 100%), 1fr));
			}

			uui-tab-group {
				--uui-tab-divider: var(--uui-color-border);
				border-left: 1px solid var(--uui-color-border);
				border-right: 1px solid var(--uui-color-border);
			}
		`]}};Yo([m()],an.prototype,"_openClipboard",void 0);Yo([m()],an.prototype,"_workspacePath",void 0);Yo([m()],an.prototype,"_filtered",void 0);Yo([m()],an.prototype,"_manager",void 0);Yo([m()],an.prototype,"_loading",void 0);an=Yo([A("umb-block-catalogue-modal")],an);const Sb="document",g4="document-root",v4=`${Sb}-property-value`,nD="Umb.Repository.DocumentItem",zx="Umb.SearchProvider.Document",oD=new ft(vb,{modal:{type:"sidebar",size:"small"},data:{treeAlias:"Umb.Tree.Document",search:{providerAlias:zx}}}),Vx="content";Zh.generateAbsolute({sectionName:Vx});const Ab=_i.generateAbsolute({sectionName:Vx,entityType:Sb});new mt("create/parent/:parentEntityType/:parentUnique/:documentTypeUnique/blueprint/:blueprintUnique",Ab);new mt("create/parent/:parentEntityType/:parentUnique/:documentTypeUnique",Ab);const y4=new mt("edit/:unique",Ab),aD=new W("UmbWorkspaceContext",void 0,i=>i.getEntityType?.()===Sb);function lD(i){return i?.[0]?.culture===null}function bu(i,e){return i.find(t=>t.culture===e)}class uD extends oe{#e;#t;#i;#s;#r;#n;#o;#a;#l;#c;constructor(e){super(e),this.#e=new fi(void 0),this.entityType=this.#e.asObservablePart(t=>t?.entityType),this.unique=this.#e.asObservablePart(t=>t?.unique),this.icon=this.#e.asObservablePart(t=>t?.documentType.icon),this.typeUnique=this.#e.asObservablePart(t=>t?.documentType.unique),this.isTrashed=this.#e.asObservablePart(t=>t?.isTrashed),this.hasCollection=this.#e.asObservablePart(t=>!!t?.documentType.collection),this.#t=new Re(void 0),this.name=this.#t.asObservable(),this.#i=new Re(void 0),this.state=this.#i.asObservable(),this.#s=new nt(void 0),this.isDraft=this.#s.asObservable(),this.#r=new kt(void 0),this.createDate=this.#r.asObservable(),this.#n=new kt(void 0),this.updateDate=this.#n.asObservable(),this.#o=new Dt([],t=>t.alias),this.flags=this.#o.asObservable(),this.consumeContext(Ic,t=>{this.#a=t,this.#u()})}#u(){this.observe(this.#a?.displayCulture,e=>{e!==void 0&&(this.#c=e,this.#d())},"umbObserveVariantId"),this.observe(this.#a?.fallbackCulture,e=>{e!==void 0&&(this.#l=e,this.#d())},"umbObserveFallbackCulture")}getCulture(){return this.#c||this.#l}getData(){return this.#e.getValue()}setData(e){this.#e.setValue(e),this.#d()}async getEntityType(){return await this.observe(this.entityType).asPromise()}async getUnique(){return await this.observe(this.unique).asPromise()}async getName(){return await this.observe(this.name).asPromise()||""}async getIcon(){return await this.observe(this.icon).asPromise()}async getState(){return await this.observe(this.state).asPromise()}async getIsDraft(){return await this.observe(this.isDraft).asPromise()??!1}async getIsTrashed(){return await this.observe(this.isTrashed).asPromise()??!1}async getCreateDate(){return await this.observe(this.createDate).asPromise()||void 0}async getUpdateDate(){return await this.observe(this.updateDate).asPromise()||void 0}getHasCollection(){return this.getData()?.documentType.collection!=null}#d(){this.#a&&this.#c&&this.#l&&this.#e&&(this.#h(),this.#f(),this.#p(),this.#m(),this.#g(),this.#v())}#h(){const e=this.#b();if(e?.name){this.#t.setValue(e.name);return}const t=this.getData()?.variants;if(t){const s=bu(t,this.#l)?.name??t.find(r=>r.name)?.name;if(s){this.#t.setValue(`(${s})`);return}}this.#t.setValue("(Untitled)")}#f(){const t=this.#b()?.state===Fs.DRAFT||!1;this.#s.setValue(t)}#p(){const t=this.#b()?.state||Fs.NOT_CREATED;this.#i.setValue(t)}async#m(){const e=await this.#b();if(e){this.#r.setValue(e.createDate);return}const t=this.getData()?.variants;if(t){const s=bu(t,this.#l)?.createDate;this.#r.setValue(s)}else this.#r.setValue(void 0)}async#g(){const e=await this.#b();if(e){this.#n.setValue(e.updateDate);return}const t=this.getData()?.variants;if(t){const s=bu(t,this.#l)?.updateDate;this.#n.setValue(s)}else this.#n.setValue(void 0)}#v(){const e=this.getData();if(!e){this.#o.setValue([]);return}const t=e.flags??[],s=this.#b()?.flags??[];this.#o.setValue([...t,...s])}#b(){const e=this.getData()?.variants;if(e)return lD(e)?e[0]:bu(e,this.#c)}}class cD extends Fo{constructor(e){super(e,nD,oD)}async openPicker(e,t){const s={...e};s.pickableFilter=o=>this.#e(o,t?.allowedContentTypes),e?.search||(s.search={providerAlias:zx,...e?.search});const n=await(await this.getContext(Ic))?.getDisplayCulture();s.search.queryParams={allowedContentTypes:t?.allowedContentTypes,includeTrashed:t?.includeTrashed,culture:n,...e?.search?.queryParams},await super.openPicker(s)}async _requestItemName(e){const t=this.getSelectedItemByUnique(e),s=new uD(this);s.setData(t);const r=await s.getName();return this.removeUmbController(s),r??"#general_notFound"}#e=(e,t)=>t&&t.length>0?t.map(s=>s.unique).includes(e.documentType.unique):!0}var Et=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let ht=class extends wr(I){#e;set min(e){this.#s.min=e}get min(){return this.#s.min}set max(e){this.#s.max=e}get max(){return this.#s.max}set selection(e){this.#s.setSelection(e),this.#e.setModel(e)}get selection(){return this.#s.getSelection()}set value(e){this.selection=Vo(e),super.value=e}get value(){return this.selection.length>0?this.selection.join(","):void 0}get readonly(){return this.#t}set readonly(e){this.#t=e,this.#t?this.#e.disable():this.#e.enable()}#t;get interactionMemories(){return this.#s.interactionMemory.getAllMemories()}set interactionMemories(e){this.#i=e,e?.forEach(t=>this.#s.interactionMemory.setMemory(t))}#i;#s;constructor(){super(),this.#e=new yn(this,{getUniqueOfElement:e=>e.id,getUniqueOfModel:e=>e,identifier:"Umb.SorterIdentifier.InputDocument",itemSelector:"umb-entity-item-ref",containerSelector:"uui-ref-list",onChange:({model:e})=>{this.selection=e,this.dispatchEvent(new ut)}}),this.minMessage="This field needs more items",this.maxMessage="This field exceeds the allowed amount of items",this.includeTrashed=!1,this.#t=!1,this.required=!1,this.requiredMessage=Gm,this.#i=[],this.#s=new cD(this),this.addValidator("valueMissing",()=>this.requiredMessage,()=>!this.readonly&&this.required&&this.selection.length===0),this.addValidator("rangeUnderflow",()=>this.minMessage,()=>!this.readonly&&!!this.min&&this.selection.length<this.min),this.addValidator("rangeOverflow",()=>this.maxMessage,()=>!this.readonly&&!!this.max&&this.selection.length>this.max),this.observe(this.#s.selection,e=>this.value=e.join(","),"_observeSelection"),this.observe(this.#s.selectedItems,e=>this._items=e,"_observerItems"),this.observe(this.#s.statuses,e=>this._statuses=e,"_observerStatuses"),this.observe(this.#s.interactionMemory.memories,e=>{Yn(e,this.#i)||(this.#i=e,this.dispatchEvent(new lb))},"_observeMemories")}#r(){this.#s.openPicker({hideTreeRoot:!0,startNode:this.startNode},{allowedContentTypes:this.allowedContentTypeIds?.map(e=>({unique:e,entityType:Xh})),includeTrashed:this.includeTrashed})}#n(e){this.#s.requestRemoveItem(e)}render(){return c`${this.#a()} ${this.#o()}`}#o(){return this.selection.length>0&&this.max===1||this.readonly&&this.selection.length>0?w:c`
				<uui-button
					id="btn-add"
					look="placeholder"
					@click=${this.#r}
					label=${this.localize.term("general_choose")}
					?disabled=${this.readonly}></uui-button>
			`}#a(){if(this._statuses)return c`
			<uui-ref-list>
				${he(this._statuses,e=>e.unique,e=>{const t=e.unique,s=this._items?.find(n=>n.unique===t),r=e.state.type==="error";return c`
							<umb-entity-item-ref
								id=${t}
								.item=${s}
								?error=${r}
								.errorMessage=${e.state.error}
								.errorDetail=${r?t:void 0}
								?readonly=${this.readonly}
								?standalone=${this.max===1}>
								${Ke(!this.readonly,()=>c`
										<uui-action-bar slot="actions">
											<uui-button
												label=${this.localize.term("general_remove")}
												@click=${()=>this.#n(t)}></uui-button>
										</uui-action-bar>
									`)}
							</umb-entity-item-ref>
						`})}
			</uui-ref-list>
		`}static{this.styles=[g`
			#btn-add {
				display: block;
			}
		`]}};Et([u({type:Number})],ht.prototype,"min",null);Et([u({type:String,attribute:"min-message"})],ht.prototype,"minMessage",void 0);Et([u({type:Number})],ht.prototype,"max",null);Et([u({type:String,attribute:"max-message"})],ht.prototype,"maxMessage",void 0);Et([u({type:Object,attribute:!1})],ht.prototype,"startNode",void 0);Et([u({type:Array})],ht.prototype,"allowedContentTypeIds",void 0);Et([u({type:Boolean,attribute:"include-trashed"})],ht.prototype,"includeTrashed",void 0);Et([u({type:String})],ht.prototype,"value",null);Et([u({type:Boolean,reflect:!0})],ht.prototype,"readonly",null);Et([u({type:Boolean})],ht.prototype,"required",void 0);Et([u({type:String})],ht.prototype,"requiredMessage",void 0);Et([u({type:Array,attribute:!1})],ht.prototype,"interactionMemories",null);Et([m()],ht.prototype,"_items",void 0);Et([m()],ht.prototype,"_statuses",void 0);ht=Et([A("umb-input-document")],ht);class hD{#e;constructor(e){this.#e=e}async read(e){if(!e)throw new Error("Unique is missing");return Gs(this.#e,qv.getDocumentByIdDomains({path:{id:e}}))}async update(e,t){if(!e)throw new Error("Unique is missing");return Gs(this.#e,qv.putDocumentByIdDomains({path:{id:e},body:t}))}}class dD extends oe{#e=new hD(this);async readCultureAndHostnames(e){if(!e)throw new Error("Unique is missing");return this.#e.read(e)}async updateCultureAndHostnames(e,t){if(!e)throw new Error("Unique is missing");if(!t)throw new Error("Data is missing");return this.#e.update(e,t)}}var Ll=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};let Eo=class extends Ss{#e;#t;#i;#s;willUpdate(e){e.has("_domains")&&this._domains&&this.#e.setModel(this._domains)}constructor(){super(),this.#e=new yn(this,{getUniqueOfElement:e=>e.getAttribute("data-sort-entry-id"),getUniqueOfModel:e=>e.unique,itemSelector:".hostname-item",containerSelector:"#sorter-wrapper",onChange:({model:e})=>{const t=this._domains;this._domains=e,this.requestUpdate("_domains",t)}}),this.#t=new dD(this),this.#i=new K5(this),this._languageModel=void 0,this._domains=void 0,this.#e.disable()}firstUpdated(){this.#s=this.data?.unique,this.#n(),this.#r()}async#r(){if(!this.#s)return;const{data:e}=await this.#t.readCultureAndHostnames(this.#s);if(!e){this._domains=[];return}this._defaultIsoCode=e.defaultIsoCode,this._domains=e.domains.map(t=>({...t,unique:Ma.new()})),this.#e.enable()}async#n(){const{data:e}=await this.#i.requestCollection({});this._languageModel=e?.items??[]}async#o(){if(!this._domains)return;const e=this._domains.map(s=>({domainName:s.domainName,isoCode:s.isoCode}));this.value={defaultIsoCode:this._defaultIsoCode,domains:e};const{error:t}=await this.#t.updateCultureAndHostnames(this.#s,this.value);t||this._submitModal()}#a(){this._rejectModal()}#l(e){const t=e.target.value;t==="inherit"?this._defaultIsoCode=null:this._defaultIsoCode=t}#c(e,t){const s=e.target.value;this._domains&&(this._domains=this._domains.map((r,n)=>t===n?{...r,isoCode:s}:r))}#u(e,t){const s=e.target.value;this._domains&&(this._domains=this._domains.map((r,n)=>t===n?{...r,domainName:s}:r))}async#d(e){this._domains&&(this._domains=this._domains.filter((t,s)=>e!==s))}#h(e){if(!this._domains||!this._languageModel)return;const t=this._languageModel.find(s=>s.isDefault);e?(this.popoverContainerElement?.hidePopover(),this._domains=[...this._domains,{isoCode:t?.unique??"",domainName:window.location.host,unique:Ma.new()}],this.#f()):(this._domains=[...this._domains,{isoCode:t?.unique??"",domainName:"",unique:Ma.new()}],this.#f())}async#f(){await this.updateComplete;const e=this.shadowRoot?.querySelectorAll("div.hostname-item");e[e.length-1]?.querySelector("uui-input")?.focus()}#p(){return this._domains===void 0||this._languageModel===void 0}render(){return c`
			<umb-body-layout headline=${this.localize.term("actions_assigndomain")}>
				<!-- Display loader while _domains and _languageModel are being loaded -->
				${Ke(this.#p(),()=>c`
						<div id="loader-container">
							<uui-loader></uui-loader>
						</div>
					`,()=>c`
						<uui-box>
							<umb-property-layout
								label=${this.localize.term("assignDomain_language")}
								description=${this.localize.term("assignDomain_setLanguageHelp")}
								orientation="vertical"
								><div slot="editor">
									<uui-combobox
										id="select"
										label=${this.localize.term("assignDomain_language")}
										.value=${this._defaultIsoCode??"inherit"}
										@change=${this.#l}>
										<uui-combobox-list>
											<uui-combobox-list-option .value=${"inherit"}>
												${this.localize.term("assignDomain_inherit")}
											</uui-combobox-list-option>
											${this.#g()}
										</uui-combobox-list>
									</uui-combobox>
								</div>
							</umb-property-layout>
						</uui-box>
						<uui-box>
							<umb-property-layout
								label=${this.localize.term("assignDomain_setDomains")}
								description=${this.localize.term("assignDomain_domainHelpWithVariants")}
								orientation="vertical"
								><div slot="editor">
									${this.#m()} ${this.#v()}
								</div></umb-property-layout
							>
						</uui-box>
					`)}
				<uui-button
					slot="actions"
					id="close"
					label=${this.localize.term("general_cancel")}
					@click=${this.#a}></uui-button>
				<uui-button
					slot="actions"
					id="save"
					look="primary"
					color="positive"
					label=${this.localize.term("buttons_save")}
					@click=${this.#o}></uui-button>
			</umb-body-layout>
		`}#m(){return c`
			<div id="sorter-wrapper">
				${he(this._domains??[],e=>e.unique,(e,t)=>c`
						<div class="hostname-item" data-sort-entry-id=${e.unique}>
							<uui-icon name="icon-grip" class="handle"></uui-icon>
							<div class="hostname-wrapper">
								<uui-input
									label=${this.localize.term("assignDomain_domain")}
									.value=${e.domainName}
									@change=${s=>this.#u(s,t)}></uui-input>
								<uui-combobox
									.value=${e.isoCode}
									label=${this.localize.term("assignDomain_language")}
									@change=${s=>this.#c(s,t)}>
									<uui-combobox-list> ${this.#g()} </uui-combobox-list>
								</uui-combobox>
								<uui-button
									look="outline"
									color="danger"
									label=${this.localize.term("assignDomain_remove")}
									@click=${()=>this.#d(t)}>
									<uui-icon name="icon-trash"></uui-icon>
								</uui-button>
							</div>
						</div>
					`)}
			</div>
		`}#g(){return c`${he(this._languageModel??[],e=>e.unique,e=>c`<uui-combobox-list-option .value=${e.unique}>${e.name}</uui-combobox-list-option>`)}`}#v(){return c`
			<uui-button-group>
				<uui-button
					label=${this.localize.term("assignDomain_addNew")}
					look="placeholder"
					@click=${()=>this.#h()}></uui-button>
				<uui-button
					id="dropdown"
					label=${this.localize.term("buttons_select")}
					look="placeholder"
					popovertarget="more-options">
					<uui-icon name="icon-navigation-down"></uui-icon>
				</uui-button>
				<uui-popover-container id="more-options" placement="bottom-end">
					<umb-popover-layout>
						<uui-button
							label=${this.localize.term("assignDomain_addCurrent")}
							@click=${()=>this.#h(!0)}></uui-button>
					</umb-popover-layout>
				</uui-popover-container>
			</uui-button-group>
		`}static{this.styles=[J,g`
			#loader-container {
				display: flex;
				justify-content: center;
				align-items: center;
				min-height: 200px;
			}

			umb-property-layout[orientation='vertical'] {
				padding: 0;
			}
			uui-button-group {
				width: 100%;
			}

			uui-box:first-child {
				margin-bottom: var(--uui-size-layout-1);
			}

			#dropdown {
				flex-grow: 0;
			}

			.hostname-item {
				position: relative;
				display: flex;
				gap: var(--uui-size-1);
				align-items: center;
			}

			.hostname-wrapper {
				position: relative;
				flex: 1;
				display: grid;
				grid-template-columns: 1fr 1fr auto;
				gap: var(--uui-size-1);
			}

			#sorter-wrapper {
				margin-bottom: var(--uui-size-2);
				display: flex;
				flex-direction: column;
				gap: var(--uui-size-1);
			}

			.handle {
				cursor: grab;
			}

			.handle:active {
				cursor: grabbing;
			}
			#action {
				display: block;
			}

			.--umb-sorter-placeholder {
				position: relative;
				visibility: hidden;
			}
			.--umb-sorter-placeholder::after {
				content: '';
				position: absolute;
				inset: 0px;
				border-radius: var(--uui-border-radius);
				border: 1px dashed var(--uui-color-divider-emphasis);
			}
		`]}};Ll([m()],Eo.prototype,"_languageModel",void 0);Ll([m()],Eo.prototype,"_defaultIsoCode",void 0);Ll([m()],Eo.prototype,"_domains",void 0);Ll([K("#more-options")],Eo.prototype,"popoverContainerElement",void 0);Eo=Ll([A("umb-culture-and-hostnames-modal")],Eo);var _n=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n},Nu;let fr=class extends I{constructor(){super(...arguments),this.variantLanguageOptions=[],this._selection=[],this._isAllSelected=!1}static{Nu=this}#e;set selectionManager(e){this.#e=e,this.observe(this.selectionManager.selection,t=>{this._selection=t,this._isAllSelected=this.#i()},"_selectionManager")}get selectionManager(){return this.#e}updated(e){super.updated(e),e.has("variantLanguageOptions")&&(this._isAllSelected=this.#i()),this.selectionManager&&this.pickableFilter&&this.#e.setAllowLimitation(t=>{const s=this.variantLanguageOptions.find(r=>r.unique===t);return s?this.pickableFilter(s):!0})}#t(e){const t=this.variantLanguageOptions.map(n=>n.unique),s=this.selectionManager.getAllowLimitation(),r=t.filter(n=>s(n));e.target.checked?this.selectionManager.setSelection(r):this.selectionManager.setSelection([])}#i(){const e=this.variantLanguageOptions.map(r=>r.unique),t=this.selectionManager.getAllowLimitation(),s=e.filter(r=>t(r));return this._selection.length!==0&&this._selection.length===s.length}render(){return this.variantLanguageOptions.length===0?c`<uui-box>
				<umb-localize key="content_noVariantsToProcess">There are no available variants</umb-localize>
			</uui-box>`:c`
			<uui-checkbox
				@change=${this.#t}
				label=${this.localize.term("general_selectAll")}
				.checked=${this._isAllSelected}></uui-checkbox>
			${he(this.variantLanguageOptions,e=>e.unique,e=>c` ${this.#s(e)} `)}
		`}#s(e){const t=this.pickableFilter?this.pickableFilter(e):()=>!0,s=this._selection.includes(e.unique),r=(!s&&this.requiredFilter?.(e))??!1;return c`
			<uui-menu-item
				class=${r?"required":""}
				?selectable=${t}
				?disabled=${!t}
				label=${e.variant?.name??e.language.name}
				@selected=${()=>this.selectionManager.select(e.unique)}
				@deselected=${()=>this.selectionManager.deselect(e.unique)}
				?selected=${s}>
				<uui-icon slot="icon" name="icon-globe"></uui-icon>
				${Nu.renderLabel(e,r)}
			</uui-menu-item>
		`}static renderLabel(e,t){return c`<div class="label" slot="label">
			<strong> ${e.language.name} </strong>
			<div class="label-status">${Nu.renderVariantStatus(e)}</div>
			${e.language.isMandatory&&t?c`<div class="label-status">
						<umb-localize key="languages_mandatoryLanguage">Mandatory language</umb-localize>
					</div>`:w}
		</div>`}static renderVariantStatus(e){switch(e.variant?.state){case Fs.PUBLISHED:return c`<umb-localize key="content_published">Published</umb-localize>`;case Fs.PUBLISHED_PENDING_CHANGES:return c`<umb-localize key="content_publishedPendingChanges">Published with pending changes</umb-localize>`;case Fs.DRAFT:return c`<umb-localize key="content_unpublished">Draft</umb-localize>`;case Fs.NOT_CREATED:default:return c`<umb-localize key="content_notCreated">Not created</umb-localize>`}}static{this.styles=[J,g`
			.required {
				color: var(--uui-color-danger);
				--uui-menu-item-color-hover: var(--uui-color-danger-emphasis);
				--uui-menu-item-color-disabled: var(--uui-color-danger);
			}
			.label {
				padding: var(--uui-size-space-3) 0;
			}
			.label-status {
				font-size: var(--uui-type-small-size);
			}

			uui-menu-item {
				--uui-menu-item-flat-structure: 1;
				--uui-menu-item-border-radius: var(--uui-border-radius);
			}

			uui-checkbox {
				margin-bottom: var(--uui-size-space-3);
			}
		`]}};_n([u({type:Array,attribute:!1})],fr.prototype,"variantLanguageOptions",void 0);_n([u({attribute:!1})],fr.prototype,"selectionManager",null);_n([m()],fr.prototype,"_selection",void 0);_n([m()],fr.prototype,"_isAllSelected",void 0);_n([u({attribute:!1})],fr.prototype,"pickableFilter",void 0);_n([u({attribute:!1})],fr.prototype,"requiredFilter",void 0);fr=Nu=_n([A("umb-document-variant-language-picker")],fr);var Bx=function(i,e,t,s){var r=arguments.length,n=r<3?e:s===null?s=Object.getOwnPropertyDescriptor(e,t):s,o;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")n=Reflect.decorate(i,e,t,s);else for(var a=i.length-1;a>=0;a--)(o=i[a])&&(n=(r<3?o(n):r>3?o(e,t,n):o(e,t))||n);return r>3&&n&&Object.defineProperty(e,t,n),n};const pD="umb-entity-bulk-action";let Hf=class extends I{async#e(e){this.api&&(e.stopPropagation(),await this.api.execute().catch(()=>{}),this.dispatchEvent(new Nh))}render(){return c`
			<uui-button color="default" look="secondary" @click=${this.#e}>
				${Ke(this.manifest?.meta.icon,()=>c`<uui-icon name=${this.manifest.meta.icon}></uui-icon>`)}
				<span>${this.localize.string(this.manifest?.meta.label??"")}</span>
			</uui-button>
		`}};Bx([u({attribute:!1})],Hf.prototype,"manifest",void 0);Hf=Bx([A(pD)],Hf);class jx extends mn{static{this.TYPE="entity-trashed"}constructor(e){super(jx.TYPE,e)}}class qx extends mn{static{this.TYPE="entity-restored-from-recycle-bin"}constructor(e){super(qx.TYPE,e)}}var fD=Object.defineProperty,mD=Object.getOwnPropertyDescriptor,od=(i,e,t,s)=>{for(var r=s>1?void 0:s?mD(e,t):e,n=i.length-1,o;n>=0;n--)(o=i[n])&&(r=(s?o(e,t,r):o(r))||r);return s&&r&&fD(e,t,r),r};class vp{constructor(e,t){this.workspaceAlias="Umb.Workspace.Document",this.values=new nl(t),this.contentTypeUnique=new nl(e)}getEntityType(){return"document"}}let Qc=class extends I{set workspace(i){this.provideContext(aD,i)}render(){return c`<slot></slot>`}};Qc.styles=g`
		:host {
			display: block;
		}
	`;od([u({attribute:!1})],Qc.prototype,"workspace",1);Qc=od([A("ck-test-workspace")],Qc);class bD{constructor(e){this.layouts=new nl(e.layout["Umbraco.BlockList"]),this.contents=new nl(e.contentData)}}let eh=class extends I{set manager(i){this.provideContext(nx,i)}render(){return c`<slot></slot>`}};eh.styles=g`
		:host {
			display: grid;
			gap: var(--uui-size-space-3);
		}
	`;od([u({attribute:!1})],eh.prototype,"manager",1);eh=od([A("ck-test-block-list")],eh);const gu="2026-03-01",ha=c3(),Yy="c1111111-0000-4000-8000-000000000001",Hx=new VO;Hx.setIcons(Object.entries({"icon-alert":YO,"icon-document":KO,"icon-document-medal":XO,"icon-info":ZO,"icon-link":JO,"icon-medal":QO,"icon-megaphone":e3}).map(([i,e])=>({name:i,path:()=>Promise.resolve({default:e})})));Hx.attach(document.body);Ee.registerMany(M1);new I1(Ee);window.ckEvents=[];window.addEventListener("clinickit-go-to-block",i=>window.ckEvents.push(`go-to-block:${i.detail.blockKey}`));const Xn=(i,e)=>`/umbraco/section/content/workspace/document/edit/${i}/invariant/view/${e}`;function yp(i,e,t){return c`<div class="frame">
		<header class="workspace-header">
			<span class="doc-icon"><uui-icon name="icon-document"></uui-icon></span>
			<h1>${i}</h1>
			<uui-tab-group>
				${e.map(([s,r,n,o])=>c`<uui-tab label=${s} href=${n} ?active=${o}><uui-icon slot="icon" name=${r}></uui-icon>${s}</uui-tab>`)}
			</uui-tab-group>
		</header>
		<div class="workspace-main">${t}</div>
	</div>`}function _p(i,e){return[["Content","icon-document",Xn(i,"content"),e==="content"],["Claims","icon-document-medal",Xn(i,"clinickit-claims"),e==="claims"],["Info","icon-info",Xn(i,"info"),!1]]}function gD(){const i=location.pathname,e=new vp(vt.article,Pf());if(i===Xn(Ut.ketamine,"clinickit-claims"))return yp("Ketamine for treatment-resistant depression",_p(Ut.ketamine,"claims"),c`<ck-test-workspace .workspace=${e}>
				<clinickit-claims-workspace-view .source=${ha} today=${gu}></clinickit-claims-workspace-view>
			</ck-test-workspace>`);if(i===Xn(Yy,"clinickit-claims")){const t=new vp(vt.clinicArticle,[{alias:"article",culture:null,segment:null,value:Ut.ketamine}]);return yp("Ketamine for treatment-resistant depression (Harbor Mind Clinic)",_p(Yy,"claims"),c`<ck-test-workspace .workspace=${t}>
				<clinickit-claims-workspace-view .source=${ha} today=${gu}></clinickit-claims-workspace-view>
			</ck-test-workspace>`)}if(i===Xn(Ut.ketamine,"content")){const t=N1(),s=new bD(t),r={showContentEdit:!0,showSettingsEdit:!1,editContentPath:"#edit-block"};return yp("Ketamine for treatment-resistant depression",_p(Ut.ketamine,"content"),c`<div class="content-view">
				<uui-box headline="Body">
					<ck-test-block-list .manager=${s}>
						${t.layout["Umbraco.BlockList"].map(({contentKey:n})=>{const o=t.contentData.find(a=>a.key===n);return o.contentTypeKey===vt.claimBlock?c`<clinickit-claim-block-view
									.contentKey=${n}
									.content=${L1[n]}
									.config=${r}
									.source=${ha}></clinickit-claim-block-view>`:o.contentTypeKey===vt.ctaBlock?c`<clinickit-cta-block-view .content=${Tf} .config=${r}></clinickit-cta-block-view>`:c`<div class="rte-block">Ketamine, long used as an anaesthetic, is now also used at low doses for treatment-resistant depression.</div>`})}
					</ck-test-block-list>
				</uui-box>
			</div>`)}if(i==="/umbraco/section/content/dashboard/clinickit-clinics")return c`<div class="frame">
			<header class="section-header">
				<uui-tab-group>
					<uui-tab label="Welcome" href="#">Welcome</uui-tab>
					<uui-tab label="Clinics" href=${i} active>Clinics</uui-tab>
					<uui-tab label="Redirect URL Management" href="#">Redirect URL Management</uui-tab>
				</uui-tab-group>
			</header>
			<clinickit-clinics-dashboard .source=${ha} today=${gu}></clinickit-clinics-dashboard>
		</div>`;if(i==="/test/cta-previews")return c`<div class="frame"><div class="content-view"><uui-box headline="Call-to-action blocks">
			<div class="stack">
				<clinickit-cta-block-view .content=${Tf}></clinickit-cta-block-view>
				<clinickit-cta-block-view
					.content=${{heading:"Questions about {{clinic.name}}?",body:"Email {{clinic.email}} and a nurse will call you back.",buttonLabel:"Ask a question",link:[],style:'["Subtle"]'}}></clinickit-cta-block-view>
			</div>
		</uui-box></div></div>`;if(i==="/test/claims-clean"){const t=new vp(vt.article,[...Pf({reviewedBy:"Dr. Amelia Hart, MD",lastReviewed:"2025-11-14",nextReviewDue:"2026-11-14"}).filter(s=>s.alias!=="body")]);return c`<ck-test-workspace .workspace=${t}>
			<clinickit-claims-workspace-view .source=${ha} today=${gu}></clinickit-claims-workspace-view>
		</ck-test-workspace>`}return c`<p>Unknown test view ${i}</p>`}function Ib(){s0(gD(),document.getElementById("app"))}const vD=history.pushState.bind(history);history.pushState=(...i)=>{vD(...i),Ib()};window.addEventListener("popstate",Ib);const yD=()=>ui.localizations.get("en-us");window.ckReady=(async()=>{for(const i of M1){if(!("element"in i)||!i.element)continue;if(!await Ah(i.element))throw new Error(`${i.alias}: its element did not load`)}for(let i=0;i<100&&!yD()?.clinickit_claimsTab;i++)await new Promise(e=>setTimeout(e,20));Ib()})();export{w as A,S5 as B,i3 as C,Ac as D,A5 as E,I5 as F,zD as G,Ma as H,Xh as I,qv as J,Sb as K,v4 as L,CU as M,g4 as N,y4 as O,sR as P,Fs as Q,Tx as R,kO as S,J as U,_r as _,I as a,c as b,he as c,aD as d,nx as e,W as f,st as g,$U as h,g as i,UO as j,rR as k,ty as l,Tw as m,u as n,Dm as o,Pl as p,Gs as q,m as r,ox as s,A as t,Ee as u,_w as v,oe as w,zw as x,zh as y,P5 as z};
